#include "ProactiveFigures.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ProactiveFigures)
    };
} // namespace

const QList<ProactiveCell>& proactiveCells()
{
    static const QList<ProactiveCell> cells = {
        { u"第二十条第（一）项"_s, u"规章"_s, u"本年制发件数"_s },
        { u"第二十条第（一）项"_s, u"规章"_s, u"本年废止件数"_s },
        { u"第二十条第（一）项"_s, u"规章"_s, u"现行有效件数"_s },
        { u"第二十条第（一）项"_s, u"行政规范性文件"_s, u"本年制发件数"_s },
        { u"第二十条第（一）项"_s, u"行政规范性文件"_s, u"本年废止件数"_s },
        { u"第二十条第（一）项"_s, u"行政规范性文件"_s, u"现行有效件数"_s },
        { u"第二十条第（五）项"_s, u"行政许可"_s, u"本年处理决定数量"_s },
        { u"第二十条第（六）项"_s, u"行政处罚"_s, u"本年处理决定数量"_s },
        { u"第二十条第（六）项"_s, u"行政强制"_s, u"本年处理决定数量"_s },
        { u"第二十条第（八）项"_s, u"行政事业性收费"_s, u"本年收费金额（单位：万元）"_s, true },
    };
    return cells;
}

ProactiveFigures::ProactiveFigures(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QMap<QString, QString> ProactiveFigures::values(int year) const
{
    QMap<QString, QString> values;
    QSqlQuery q = sql::run(
        m_database.connection(), u"SELECT item, measure, value FROM proactive_figures WHERE year = ?"_s, { year });
    while (sql::next(q))
        values.insert(q.value(0).toString() + u'/' + q.value(1).toString(), q.value(2).toString());
    return values;
}

void ProactiveFigures::set(int year, const QMap<QString, QString>& values, const UserAccount& by)
{
    requireRole(by, by.holds(Role::Administrator) ? Role::Administrator : Role::Chief,
        Tr::tr("Entering the figures of section 二"));
    static const QRegularExpression count(u"^\\d{1,9}$"_s);
    static const QRegularExpression amount(u"^\\d{1,9}(\\.\\d{1,4})?$"_s);
    QList<FieldIssue> issues;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const auto cell = std::find_if(proactiveCells().begin(), proactiveCells().end(),
            [&](const ProactiveCell& c) { return c.key() == it.key(); });
        const QString value = it.value().trimmed();
        if (cell == proactiveCells().end())
            issues.append({ it.key(), Tr::tr("\"%1\" is not a cell of section 二.").arg(it.key()) });
        else if (!value.isEmpty() && !(cell->tenThousandYuan ? amount : count).match(value).hasMatch())
            issues.append({ it.key(),
                cell->tenThousandYuan ? Tr::tr("\"%1\" is not an amount in 万元 (e.g. 12.5).").arg(value)
                                      : Tr::tr("\"%1\" is not a whole number of zero or more.").arg(value) });
    }
    if (!issues.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("The figures of section 二 were not stored."), issues);

    const QSqlDatabase db = m_database.connection();
    const QMap<QString, QString> old = this->values(year);
    WriteTransaction transaction(db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString value = it.value().trimmed();
        if (old.value(it.key()) == value)
            continue;
        const QString item = it.key().section(u'/', 0, 0);
        const QString measure = it.key().section(u'/', 1);
        if (value.isEmpty())
            sql::run(db, u"DELETE FROM proactive_figures WHERE year = ? AND item = ? AND measure = ?"_s,
                { year, item, measure });
        else
            sql::run(db,
                u"INSERT INTO proactive_figures (year, item, measure, value) VALUES (?, ?, ?, ?) "
                u"ON CONFLICT (year, item, measure) DO UPDATE SET value = excluded.value"_s,
                { year, item, measure, value });
        AuditLog::append(db,
            { by.login, u"report.proactive"_s, QString::number(year),
                auditDetails({ { u"cell"_s, it.key() }, { u"from"_s, old.value(it.key()) }, { u"to"_s, value } }) },
            m_clock.now());
    }
    transaction.commit();
}

} // namespace ogi
