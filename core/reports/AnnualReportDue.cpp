#include "AnnualReportDue.h"

#include "Timestamps.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::AnnualReportDue)
    };
} // namespace

AnnualReportDue annualReportDue(int year, OfficeKind kind, const QDate& today)
{
    AnnualReportDue d;
    d.year = year;
    d.kind = kind;
    // Art. 49: 县级以上人民政府部门 每年1月31日前; 县级以上地方人民政府的政府信息公开工作主管部门 每年3月31日前.
    d.due = kind == OfficeKind::Department ? QDate(year + 1, 1, 31) : QDate(year + 1, 3, 31);
    d.daysLeft = today.daysTo(d.due);
    d.status = today.year() <= year ? AnnualReportDue::Status::YearNotOver
        : d.daysLeft > 0            ? AnnualReportDue::Status::Open
        : d.daysLeft == 0           ? AnnualReportDue::Status::DueToday
                                    : AnnualReportDue::Status::Passed;
    return d;
}

AnnualReportDue previousYearReportDue(OfficeKind kind, const QDate& today)
{
    return annualReportDue(today.year() - 1, kind, today);
}

QString annualReportDueStatusCode(AnnualReportDue::Status status)
{
    switch (status) {
    case AnnualReportDue::Status::YearNotOver:
        return u"year_not_over"_s;
    case AnnualReportDue::Status::Open:
        return u"open"_s;
    case AnnualReportDue::Status::DueToday:
        return u"due_today"_s;
    case AnnualReportDue::Status::Passed:
        break;
    }
    return u"passed"_s;
}

QString AnnualReportDue::text() const
{
    const QString what = kind == OfficeKind::Department
        ? Tr::tr("Annual report %1: to be submitted to the competent office and published by %2 (Art. 49)")
        : Tr::tr("Annual report %1 of the government: to be published by %2 (Art. 49)");
    const QString head = what.arg(year).arg(isoDate(due));
    switch (status) {
    case Status::YearNotOver:
        return Tr::tr("%1; the year is not over yet.").arg(head);
    case Status::Open:
        return Tr::tr("%1: %n day(s) left.", nullptr, int(daysLeft)).arg(head);
    case Status::DueToday:
        return Tr::tr("%1: due today.").arg(head);
    case Status::Passed:
        break;
    }
    return Tr::tr("%1: the date passed %n day(s) ago.", nullptr, int(-daysLeft)).arg(head);
}

} // namespace ogi
