#include "CaseListQuery.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

QSqlQuery caseListQuery(const Database& database)
{
    return sql::run(database.connection(),
        u"SELECT case_number, applicant_name, applicant_kind, description, receipt_date, state, outcome, id "
        u"FROM case_list ORDER BY receipt_date DESC, id DESC"_s);
}

} // namespace ogi
