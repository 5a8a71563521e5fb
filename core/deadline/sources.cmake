# The statutory deadline engine (DESIGN.md §5): periods, pauses, extension, explanation; and
# the office calendar as stored, since every change to it moves the running reply deadlines.
target_sources(ogi_core PRIVATE
    deadline/CalendarRepository.cpp deadline/CalendarRepository.h
    deadline/CaseDeadlineFacts.cpp deadline/CaseDeadlineFacts.h
    deadline/CaseTimelines.cpp deadline/CaseTimelines.h
    deadline/DeadlineCalculator.cpp deadline/DeadlineCalculator.h
    deadline/DeadlineJson.cpp deadline/DeadlineJson.h
    deadline/DeadlineReport.h deadline/DeadlineText.cpp
    deadline/DeadlineRules.h
    deadline/DeadlineStatus.cpp deadline/DeadlineStatus.h
    deadline/ReplyDeadlineStore.cpp deadline/ReplyDeadlineStore.h
    deadline/ReplyFacts.h
    deadline/SettledPeriods.cpp deadline/SettledPeriods.h)
