ogi_add_test(test_integrity
    ${CMAKE_CURRENT_LIST_DIR}/TamperTest.cpp)
