# Data in and out: ledger export (issue 8).
target_sources(ogi_core PRIVATE
    exchange/CsvText.cpp exchange/CsvText.h
    exchange/LedgerExport.cpp exchange/LedgerExport.h)
