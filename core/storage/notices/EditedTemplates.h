#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ogi {

// The notice_templates table: the office's edited texts of notice templates, by name. A
// template with no row is used as shipped. The writers run inside the caller's transaction.

// The edited text of template `name`; nullopt when it is not edited.
std::optional<QString> editedTemplateText(const QSqlDatabase& db, const QString& name);

// Stores `body` as the text of template `name`, replacing an earlier edit.
void storeEditedTemplate(
    const QSqlDatabase& db, const QString& name, const QString& body, const QString& by, const QDateTime& at);

// Drops the edit of template `name` (nothing when there is none).
void removeEditedTemplate(const QSqlDatabase& db, const QString& name);

} // namespace ogi
