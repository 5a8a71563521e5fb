# Reports: the annual report's section 三 and its reconciliation (issue 7).
target_sources(ogi_core PRIVATE
    reports/AnnualApplications.cpp reports/AnnualApplications.h
    reports/AnnualReportDue.cpp reports/AnnualReportDue.h
    reports/AnnualRemediesAndFees.cpp reports/AnnualRemediesAndFees.h
    reports/ApplicationTable.cpp reports/ApplicationTable.h
    reports/ApplicationTableCsv.cpp reports/ApplicationTableCsv.h
    reports/ApplicationTableText.cpp reports/ApplicationTableText.h
    reports/MonthlyTally.cpp reports/MonthlyTally.h
    reports/ProactiveFigures.cpp reports/ProactiveFigures.h
    reports/ReportCheckCode.cpp reports/ReportCheckCode.h
    reports/ReportHtml.cpp reports/ReportHtml.h
    reports/ReportXlsx.cpp reports/ReportXlsx.h
    reports/YearByMonth.cpp reports/YearByMonth.h
    reports/YearSpan.h)

# .xlsx in the national layout: libxlsxwriter (Debian libxlsxwriter-dev).
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
target_link_libraries(ogi_core PRIVATE PkgConfig::XLSXWRITER)
