#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QList>
#include <QMap>
#include <QString>

namespace ogi {

// Section 二 of the annual report (主动公开政府信息情况): figures the office enters for the
// year, not counted from cases. One cell of the national tables: the provision it reports
// under, the kind of information and the measure, labels verbatim.
struct ProactiveCell
{
    QString provision; // "第二十条第（一）项"
    QString item; // "规章"
    QString measure; // "本年制发件数"
    bool tenThousandYuan = false; // 本年收费金额（单位：万元）: a decimal amount, else a count

    QString key() const { return item + u'/' + measure; } // "规章/本年制发件数"
};

// The ten cells of section 二, in the format's order.
const QList<ProactiveCell>& proactiveCells();

// The figures entered for each year (table proactive_figures); changing them is audited.
class ProactiveFigures
{
public:
    explicit ProactiveFigures(const Database& database, const Clock& clock = SystemClock::instance());

    // The entered values of `year` by cell key; a cell not entered is absent.
    QMap<QString, QString> values(int year) const;

    // Stores `values` (cell key → a whole number, or an amount in 万元 with at most four
    // decimals; empty clears the cell) in one transaction with an audit row per change.
    // Throws Error(InvalidInput) with one FieldIssue per bad cell (unknown key, not a number,
    // negative), Error(Refused) unless `by` is a chief or an administrator.
    void set(int year, const QMap<QString, QString>& values, const UserAccount& by);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace ogi
