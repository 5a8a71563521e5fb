# Reports: the annual report's section 三 and its reconciliation (issue 7).
target_sources(ogi_core PRIVATE
    reports/AnnualApplications.cpp reports/AnnualApplications.h
    reports/AnnualRemediesAndFees.cpp reports/AnnualRemediesAndFees.h
    reports/ApplicationTable.cpp reports/ApplicationTable.h
    reports/ApplicationTableCsv.cpp reports/ApplicationTableCsv.h
    reports/MonthlyTally.cpp reports/MonthlyTally.h)
