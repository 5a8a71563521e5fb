#pragma once

#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// The monthly tally (月度统计) for a date range: what came in, what was done, what is left,
// and how long replies took. Every figure counts cases (a case asked twice for a supplement
// counts once) and can be opened to the cases behind it (tallyCases).

// One figure's definition: a stable code, its label (translated) and its group in the tally.
struct TallyFigureSpec
{
    QString code; // "received", "received.person", "concluded.withheld", "overdue_today", ...
    QString label;
    QString group; // translated heading: 收到, 办理, 结果, 期限, 积压
};

// Every figure of the tally, in display order.
QList<TallyFigureSpec> tallyFigureSpecs();

// Whose cases a tally counts: all, one handling department, or one clerk (login).
struct TallyScope
{
    QString department;
    QString clerk;
};

struct TallyFigures
{
    QString scopeLabel; // "全部", the department or the clerk
    QList<qint64> values; // in tallyFigureSpecs() order
    int medianWorkingDays = 0; // receipt to reply, cases replied in the range (0: none)
    int maxWorkingDays = 0;
    qint64 replied = 0; // how many cases those two describe

    qint64 value(const QString& code) const;
};

struct MonthlyTally
{
    QDate from;
    QDate to;
    QDate today; // "overdue today" is as of this day
    TallyFigures all;
    QList<TallyFigures> byDepartment; // each department with cases in the tally
    QList<TallyFigures> byClerk;
};

// The tally of [from, to] (both counted), overdue figures as of `today`. Throws
// Error(InvalidInput) when `to` is before `from`.
MonthlyTally monthlyTally(const Database& database, const QDate& from, const QDate& to, const QDate& today);

// The case numbers behind figure `code` in `scope`, newest receipt first. Throws
// Error(NotFound) for an unknown figure code.
QStringList tallyCases(const Database& database, const QString& code, const QDate& from, const QDate& to,
    const QDate& today, const TallyScope& scope = {});

} // namespace ogi
