# Validation of identifiers, applications and the JSON form; the workflow fold (issue 2).
ogi_add_test(test_validation
    ${CMAKE_CURRENT_LIST_DIR}/IdentifierValidationTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationValidationTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicationElementsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantPartiesTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextFieldTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowFoldTest.cpp)
