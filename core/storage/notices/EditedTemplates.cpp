#include "EditedTemplates.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

std::optional<QString> editedTemplateText(const QSqlDatabase& db, const QString& name)
{
    const QVariant body = sql::scalar(db, u"SELECT body FROM notice_templates WHERE name = ?"_s, { name });
    return body.isNull() ? std::nullopt : std::optional<QString>(body.toString());
}

void storeEditedTemplate(
    const QSqlDatabase& db, const QString& name, const QString& body, const QString& by, const QDateTime& at)
{
    sql::run(db,
        u"INSERT INTO notice_templates (name, body, changed_by, changed_at) VALUES (?, ?, ?, ?) "
        u"ON CONFLICT (name) DO UPDATE SET body = excluded.body, changed_by = excluded.changed_by, "
        u"changed_at = excluded.changed_at"_s,
        { name, body, by, isoTimestamp(at) });
}

void removeEditedTemplate(const QSqlDatabase& db, const QString& name)
{
    sql::run(db, u"DELETE FROM notice_templates WHERE name = ?"_s, { name });
}

} // namespace ogi
