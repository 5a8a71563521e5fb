# The working-day calendar: Monday–Friday, State Council holidays, 调休 make-up days, and
# the administrator's overrides (as arithmetic and files; deadline/CalendarRepository stores
# them, because storing one moves the reply deadlines).
target_sources(ogi_core PRIVATE
    calendar/CalendarCsv.cpp calendar/CalendarCsv.h
    calendar/CalendarDay.h
    calendar/ShippedCalendar.cpp calendar/ShippedCalendar.h
    calendar/WorkingCalendar.cpp calendar/WorkingCalendar.h)

# The shipped arrangements (reference/holidays-cn.csv) are project data: compiled in as
# :/calendar/holidays-cn.csv and installed beside the program for reference.
set(OGI_HOLIDAYS_CSV ${PROJECT_SOURCE_DIR}/resources/calendar/holidays-cn.csv)
qt_add_resources(ogi_core "ogi_calendar"
    PREFIX /calendar
    BASE ${PROJECT_SOURCE_DIR}/resources/calendar
    FILES ${OGI_HOLIDAYS_CSV})
install(FILES ${OGI_HOLIDAYS_CSV} DESTINATION share/ogi-desk/calendar)
