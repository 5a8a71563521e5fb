#include "CaseAssignments.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

QList<CaseAssignmentRow> caseAssignmentsInStates(const QSqlDatabase& db, const QStringList& stateCodes)
{
    QList<CaseAssignmentRow> rows;
    if (stateCodes.isEmpty())
        return rows;
    const QVariantList values(stateCodes.cbegin(), stateCodes.cend());
    QSqlQuery q = sql::runWith(
        db, u"SELECT id, kind, clerk FROM cases WHERE state IN (%1)"_s.arg(sql::marksFor(stateCodes)), values);
    while (sql::next(q))
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return rows;
}

} // namespace ogi
