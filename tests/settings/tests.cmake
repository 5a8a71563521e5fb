# The office's settings: the agency profile and its document number pattern (issue 5).
ogi_add_test(test_settings BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/AgencySettingsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_settings PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow)
