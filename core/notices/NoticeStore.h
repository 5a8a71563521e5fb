#pragma once

#include "Clock.h"
#include "notices/IssuedNotice.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace ogi {

// Issues notices: renders a case's notice from its template, numbers it and stores it as
// issued. Stored notices never change; a wrong one is voided (with a reason) and its number
// stays used.
class NoticeStore
{
public:
    explicit NoticeStore(const Database& database, const Clock& clock = SystemClock::instance());

    // The notice as it would be issued on `issueDate`, its number not yet allocated. Throws
    // as issue() does, except that it needs no user and writes nothing.
    QString preview(const QString& caseNumber, const QString& typeCode, const QMap<QString, QString>& edits,
        const QDate& issueDate) const;

    // The reply notice the case's current draft gives once signed off, for the chief to read
    // before signing what goes out: the drafted reply type (or correction decision) rendered
    // with the draft, dated `issueDate`, not numbered. Writes nothing. Throws Error(Refused)
    // when the case has no current draft, otherwise as preview().
    QString previewDraftedReply(const QString& caseNumber, const QDate& issueDate) const;

    // Issues a notice of `typeCode` for the case on `issueDate` (not in the future, not
    // before the receipt): allocates the next number of its sequence and year, renders the
    // template with the case's facts and `edits`, and stores the HTML with its SHA-256, the
    // template's SHA-256 and the edits, with an audit row, in one transaction. `user` must be
    // an active clerk or chief. Throws Error(NotFound) for an unknown case or type,
    // Error(Refused) when the case is not ready for it (noticePrerequisiteProblem) or for the
    // role, Error(InvalidInput) listing every missing value, an edit the template has no part
    // for, or a missing number pattern; then nothing is written and no number is used.
    IssuedNotice issue(const QString& caseNumber, const QString& typeCode, const QMap<QString, QString>& edits,
        const QDate& issueDate, const UserAccount& user);

    // Voids an issued notice: recorded with the reason, who and when, audited. The notice
    // and its number stay. Throws Error(InvalidInput) for a blank reason, Error(Refused) for
    // one already voided or the role, Error(NotFound) for an unknown id.
    void voidNotice(qint64 noticeId, const QString& reason, const UserAccount& user);

    // The case's notices in the order they were issued, each checked against its hash.
    QList<IssuedNotice> list(qint64 caseId) const;
    std::optional<IssuedNotice> find(qint64 noticeId) const;
    std::optional<IssuedNotice> findByNumber(const QString& number) const;

    // The mailing label for the case (template "envelope"): not numbered, not stored.
    QString envelope(const QString& caseNumber) const;

    // The 送达回证 (proof of service) of an issued notice (template "service_proof"): its
    // title and number, its addressee (the applicant, or the consulted party or third party
    // a letter is addressed to), the case; lines for the place and way of service and the
    // signatures. Not numbered, not stored. Throws Error(NotFound) for an unknown id,
    // Error(Refused) for a voided notice or one whose stored text no longer has its SHA-256.
    QString serviceProof(qint64 noticeId) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

// Every issued notice whose stored HTML no longer has its recorded SHA-256, one translated
// line each naming the case and the number (part of `ogi verify`).
QStringList verifyNotices(const Database& database);

} // namespace ogi
