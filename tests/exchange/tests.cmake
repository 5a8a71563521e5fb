# Data in and out (issue 8): ledger import from CSV, .xlsx and .xls; `ogi import` under SIGKILL.
ogi_add_test(test_ledger_import BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/LedgerImportTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_ledger_import PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow)
ogi_add_test(test_import_cli BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/ImportCliTest.cpp)
ogi_add_test(test_ledger_export BOTH_ENGINES ${CMAKE_CURRENT_LIST_DIR}/LedgerExportTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp ${CMAKE_CURRENT_LIST_DIR}/../notices/NoticeCases.cpp)
target_include_directories(test_ledger_export PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow
    ${CMAKE_CURRENT_LIST_DIR}/../notices)
# Hostile files (issue 18): spreadsheets past every bound, formula-like CSV cells, cells too
# long for Excel.
ogi_add_test(test_hostile_files ${CMAKE_CURRENT_LIST_DIR}/HostileSheetTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportNeutralisingTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../support/HostileZip.cpp
    ${CMAKE_CURRENT_LIST_DIR}/../workflow/WorkflowFixture.cpp)
target_include_directories(test_hostile_files PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../workflow)
target_link_libraries(test_hostile_files PRIVATE Poco::Zip Poco::Foundation)
