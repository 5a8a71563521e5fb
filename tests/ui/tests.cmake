ogi_add_test(test_ui BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/GuiApp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DesktopSmokeTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseWorkflowUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OfferedStepsUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DesktopViewsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AttachmentsPanelTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreenshotTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticesUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NoticePdfTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportsViewTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LedgerImportUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EmailDeliveryUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantsUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeyboardAndScreenTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkingDayWalkthroughTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AssignAndBoardUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EarlierApplicantsUiTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../delivery/EmailCase.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../delivery/SmtpTestServer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../notices/NoticeCases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_link_libraries(test_ui PRIVATE ogi_ui Qt6::Widgets Qt6::Test)
# The walk-through of a day leaves its screenshots in screenshots/day/ of the build folder.
target_compile_definitions(test_ui PRIVATE OGI_BINARY_DIR="${CMAKE_BINARY_DIR}")
target_include_directories(test_ui PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow ${CMAKE_CURRENT_LIST_DIR}/../notices
    ${CMAKE_CURRENT_LIST_DIR}/../delivery
    ${PROJECT_SOURCE_DIR}/ui)
