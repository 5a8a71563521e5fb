#include "NoticeTemplates.h"

#include "Error.h"
#include "Sha256.h"
#include "audit/AuditLog.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeType.h"
#include "storage/WriteTransaction.h"
#include "storage/notices/EditedTemplates.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NoticeTemplates)
    };

    const QString kFolder = u":/templates/"_s;
} // namespace

NoticeTemplates::NoticeTemplates(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QStringList NoticeTemplates::names()
{
    QStringList list;
    for (const NoticeType& type : noticeTypes())
        list << QLatin1String(type.code);
    list << QLatin1String(kEnvelopeTemplate) << QLatin1String(kServiceProofTemplate);
    const QStringList shared = QDir(kFolder).entryList({ u"_*.html"_s }, QDir::Files, QDir::Name);
    for (const QString& file : shared)
        list << file.chopped(5);
    return list;
}

QString NoticeTemplates::shippedText(const QString& name)
{
    QFile file(kFolder + name + u".html"_s);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotFound, Tr::tr("There is no notice template \"%1\".").arg(name));
    return QString::fromUtf8(file.readAll());
}

QString NoticeTemplates::text(const QString& name) const
{
    const std::optional<QString> edited = editedTemplateText(m_database.connection(), name);
    return edited ? *edited : shippedText(name);
}

bool NoticeTemplates::isEdited(const QString& name) const
{
    return editedTemplateText(m_database.connection(), name).has_value();
}

QString NoticeTemplates::composed(const QString& name) const { return composedWith(name, QString(), QString()); }

QString NoticeTemplates::composedWith(const QString& name, const QString& editedName, const QString& editedText) const
{
    const auto textOf = [&](const QString& n) { return n == editedName ? editedText : text(n); };
    const QStringList known = names();
    return composeTemplate(textOf(name), [&](const QString& partial) -> std::optional<QString> {
        if (!partial.startsWith(u'_') || !known.contains(partial))
            return std::nullopt;
        return textOf(partial);
    });
}

QString NoticeTemplates::specimen(const QString& name, const QString& newText) const
{
    const QString composedText = composedWith(name, name, newText);
    const QMap<QString, QString> labels = noticeFactLabels();
    const QStringList problems = templateProblems(composedText, labels.keys());
    if (!problems.isEmpty())
        throw Error(ErrorCode::InvalidInput, problems.join(u' '));
    QMap<QString, QString> facts;
    QMap<QString, QString> edits;
    for (const TemplateField& field : templateFields(composedText)) {
        if (field.editable)
            edits.insert(field.name, u"【"_s + field.label + u"】"_s);
        else
            facts.insert(field.name, u"【"_s + labels.value(field.name, field.name) + u"】"_s);
    }
    return renderTemplate(composedText, facts, edits, labels);
}

QString NoticeTemplates::sharedPartName(const QString& name)
{
    static const QMap<QString, const char*> names {
        { u"_application"_s, QT_TRANSLATE_NOOP("ogi::NoticeTemplates", "Shared part: the application (申请情况)") },
        { u"_closing"_s, QT_TRANSLATE_NOOP("ogi::NoticeTemplates", "Shared part: closing, agency and date (落款)") },
        { u"_colophon"_s, QT_TRANSLATE_NOOP("ogi::NoticeTemplates", "Shared part: colophon (版记)") },
        { u"_correction_request"_s,
            QT_TRANSLATE_NOOP("ogi::NoticeTemplates", "Shared part: the correction request (更正申请情况)") },
        { u"_remedies_either"_s,
            QT_TRANSLATE_NOOP("ogi::NoticeTemplates", "Shared part: remedies, reconsideration or lawsuit (救济途径)") },
        { u"_remedies_reconsideration_first"_s,
            QT_TRANSLATE_NOOP(
                "ogi::NoticeTemplates", "Shared part: remedies, reconsideration first (救济途径·复议前置)") },
    };
    const auto found = names.constFind(name);
    return found == names.constEnd() ? name : Tr::tr(*found);
}

void NoticeTemplates::save(const QString& name, const QString& newText, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Editing the notice template \"%1\"").arg(name));
    if (!names().contains(name))
        throw Error(ErrorCode::NotFound, Tr::tr("There is no notice template \"%1\".").arg(name));
    // A shared part is checked in every template that includes it.
    const QStringList affected = name.startsWith(u'_') ? names() : QStringList { name };
    const QStringList facts = noticeFactLabels().keys();
    QStringList problems;
    try {
        for (const QString& each : affected) {
            if (each.startsWith(u'_'))
                continue;
            for (const QString& problem : templateProblems(composedWith(each, name, newText), facts))
                problems << (each == name ? problem : Tr::tr("in \"%1\": %2").arg(each, problem));
        }
    } catch (const Error& error) { // an unknown or self-including shared part
        problems << error.message();
    }
    problems.removeDuplicates();
    if (!problems.isEmpty())
        throw Error(
            ErrorCode::InvalidInput, Tr::tr("The template \"%1\" was not saved: %2").arg(name, problems.join(u' ')));

    const QSqlDatabase db = m_database.connection();
    const QString old = text(name);
    WriteTransaction transaction(db);
    storeEditedTemplate(db, name, newText, by.login, m_clock.now());
    AuditLog::append(db,
        { by.login, u"notice_template.edit"_s, name,
            auditDetails(
                { { u"from_sha256"_s, sha256Hex(old.toUtf8()) }, { u"to_sha256"_s, sha256Hex(newText.toUtf8()) } }) },
        m_clock.now());
    transaction.commit();
}

void NoticeTemplates::restore(const QString& name, const UserAccount& by)
{
    requireRole(by, Role::Administrator, Tr::tr("Restoring the notice template \"%1\"").arg(name));
    if (!isEdited(name))
        return;
    const QSqlDatabase db = m_database.connection();
    const QString old = text(name);
    WriteTransaction transaction(db);
    removeEditedTemplate(db, name);
    AuditLog::append(db,
        { by.login, u"notice_template.restore"_s, name,
            auditDetails({ { u"from_sha256"_s, sha256Hex(old.toUtf8()) },
                { u"to_sha256"_s, sha256Hex(shippedText(name).toUtf8()) } }) },
        m_clock.now());
    transaction.commit();
}

} // namespace ogi
