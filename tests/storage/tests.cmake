ogi_add_test(test_storage BOTH_ENGINES
    ${CMAKE_CURRENT_LIST_DIR}/DatabaseOpenTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RefusalTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseRepositoryTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditChainTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConcurrentNumberingTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AttachmentStoreTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ApplicantStorageTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RegisterLocationTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CaseListRowsTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BatchedStatementsTest.cpp)
