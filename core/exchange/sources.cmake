# Data in and out: ledger export (issue 8).
target_sources(ogi_core PRIVATE
    exchange/LedgerExport.cpp exchange/LedgerExport.h)
