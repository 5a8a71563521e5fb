# Users, passwords, sign-in and the user CLI (issue 4).
ogi_add_test(test_users BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/UsersTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UserCliTest.cpp)
