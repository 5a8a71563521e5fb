# The working-day calendar and the statutory deadline engine (issue 3).
ogi_add_test(test_calendar BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/WorkingCalendarTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CalendarCsvTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CalendarRepositoryTest.cpp)
ogi_add_test(test_deadline BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/HandWorkedDatesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeadlineRulesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseDeadlineTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplyDeadlineStoreTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeadlineCliTest.cpp)
