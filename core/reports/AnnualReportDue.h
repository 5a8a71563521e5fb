#pragma once

#include "settings/OfficeKind.h"

#include <QDate>
#include <QString>

namespace ogi {

// When a year's annual report (政府信息公开工作年度报告) is due, by Art. 49 (条例第四十九条):
// a department submits it to the competent office (and publishes it) by 31 January of the
// next year, a local government's competent office publishes the government's by 31 March.
// Fixed calendar dates: not counted in working days, not moved by a weekend or holiday.
struct AnnualReportDue
{
    enum class Status
    {
        YearNotOver, // the report's year has not ended
        Open, // from 1 January of the next year until the day before the date
        DueToday,
        Passed, // the date is behind (whether the report went out is not recorded here)
    };

    int year = 0; // the report's year
    OfficeKind kind = OfficeKind::Department;
    QDate due;
    qint64 daysLeft = 0; // calendar days from today to `due`; negative once passed
    Status status = Status::YearNotOver;

    // True from 1 January until the date: when the office is to be reminded.
    bool remind() const { return status == Status::Open || status == Status::DueToday; }
    // One translated line: the report, what is due by when and what it rests on, and the
    // days left (or that the date has passed).
    QString text() const;
};

// The due date and where `today` stands for the report of `year` by an office of `kind`.
AnnualReportDue annualReportDue(int year, OfficeKind kind, const QDate& today);

// The same for the report that falls due in `today`'s year: the previous year's.
AnnualReportDue previousYearReportDue(OfficeKind kind, const QDate& today);

// "year_not_over", "open", "due_today", "passed" (JSON).
QString annualReportDueStatusCode(AnnualReportDue::Status status);

} // namespace ogi
