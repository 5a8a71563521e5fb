# Backup and restore (issue 8).
ogi_add_test(test_backup
    ${CMAKE_CURRENT_LIST_DIR}/BackupRestoreTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackupBombTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RestoreGuardTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../support/HostileZip.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_backup PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow)
target_link_libraries(test_backup PRIVATE Poco::Zip Poco::Foundation)
