# Reports: the annual report's section 三 and its reconciliation (issue 7).
ogi_add_test(test_reports BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/AnnualReportTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnnualReportDueTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantsReportTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportCheckCodeTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../notices/NoticeCases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_reports PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow ${CMAKE_CURRENT_LIST_DIR}/../notices)
