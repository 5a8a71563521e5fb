#pragma once

#include "Clock.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QString>
#include <QStringList>

namespace ogi {

// The notice templates: the shipped ones (resources/templates, compiled in) and the
// administrator's edited copies kept in the database, which replace a shipped template of
// the same name until restored. Names are a notice type's code, "envelope",
// "service_proof" (送达回证), or a shared part starting with '_' ("_remedies_either") that templates include with {{> name}}.
class NoticeTemplates
{
public:
    explicit NoticeTemplates(const Database& database, const Clock& clock = SystemClock::instance());

    // Every shipped template's name: notice types in noticeTypes() order, "envelope",
    // "service_proof", then the shared parts.
    static QStringList names();
    // The shipped text of `name`. Throws Error(NotFound) for an unknown name.
    static QString shippedText(const QString& name);

    // The text in use: the edited copy when there is one, else the shipped text.
    QString text(const QString& name) const;
    bool isEdited(const QString& name) const;
    // The text of `name` with its shared parts included, ready to render.
    QString composed(const QString& name) const;

    // Replaces the text of `name` with the administrator's copy, audited with the SHA-256
    // of both texts. Throws Error(InvalidInput) listing templateProblems() of the composed
    // result (or of a template that includes it), Error(Refused) unless `by` administers.
    void save(const QString& name, const QString& text, const UserAccount& by);
    // Drops the edited copy: the shipped text is used again. Audited.
    void restore(const QString& name, const UserAccount& by);

    // `text` as the template `name` would print it (shared parts included), every fact and
    // every part the clerk writes shown by its label in 【】, sections whose value is a fact or
    // a part printed: what the template editor shows beside the HTML. Writes nothing. Throws
    // Error(InvalidInput) with templateProblems() when it cannot be rendered.
    QString specimen(const QString& name, const QString& text) const;

    // The name of a shared part as the editor lists it ("版记" for "_colophon"); the name itself
    // for one it does not know.
    static QString sharedPartName(const QString& name);

private:
    QString composedWith(const QString& name, const QString& editedName, const QString& editedText) const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace ogi
