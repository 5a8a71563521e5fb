# The workflow (issue 4): permissions table, journeys, four eyes, deadlines following events.
ogi_add_test(test_workflow BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkflowFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/PermissionTableTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JourneyTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReasonsStepsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryProofTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReplyRowsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ActionPrerequisitesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncompleteApplicationTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CorrectionWorkflowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MyWorkCoverageTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../notices/NoticeCases.cpp)
target_include_directories(test_workflow PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/../notices)
