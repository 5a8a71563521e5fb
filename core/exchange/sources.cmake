# Data in and out: ledger export (issue 8), and the .xlsx writer that it and the reports share
# (libxlsxwriter, linked in reports/sources.cmake).
target_sources(ogi_core PRIVATE
    exchange/CsvText.cpp exchange/CsvText.h
    exchange/LedgerExport.cpp exchange/LedgerExport.h
    exchange/XlsxWorkbook.cpp exchange/XlsxWorkbook.h)

# Ledger import (issue 8): spreadsheets read as text tables, columns found by header, rows
# checked and written as cases in one transaction. .xls through FreeXL (libfreexl-dev).
target_sources(ogi_core PRIVATE
    exchange/SheetTable.cpp exchange/SheetTable.h
    exchange/CsvSheet.cpp exchange/XlsxSheet.cpp exchange/XlsSheet.cpp
    exchange/LedgerColumns.cpp exchange/LedgerColumns.h
    exchange/LedgerRow.cpp exchange/LedgerRow.h
    exchange/LedgerImport.cpp exchange/LedgerImport.h)
pkg_check_modules(FREEXL REQUIRED IMPORTED_TARGET freexl)
target_link_libraries(ogi_core PRIVATE PkgConfig::FREEXL)
