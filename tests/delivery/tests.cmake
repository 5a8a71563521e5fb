# Delivery of replies by email (issue 9): a Python SMTP server on 127.0.0.1 per test.
ogi_add_test(test_delivery BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/EmailDeliveryTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EmailDeliveryCliTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EmailCase.cpp ${CMAKE_CURRENT_LIST_DIR}/EmailCase.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpTestServer.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpTestServer.h
    ${CMAKE_CURRENT_LIST_DIR}/../notices/NoticeCases.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_delivery PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow ${CMAKE_CURRENT_LIST_DIR}/../notices)
