#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ogi {

// The notices and notice_voids tables as stored; notices/ renders, numbers and checks them.
// The writers run inside the caller's transaction.

// One issued notice. Type is the notice type's code; edits the JSON text of what the clerk
// wrote. The void columns are empty (voidedAt invalid) while the notice stands.
struct NoticeRow
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString caseNumber; // read only: the case's number, joined in
    QString type;
    QString sequenceScope;
    int year = 0;
    qint64 seq = 0;
    QString number;
    QDate issuedOn;
    QString issuedBy;
    QDateTime issuedAt;
    QString html, sha256, templateSha256, edits;
    bool voided = false; // read only, with the three below
    QString voidReason, voidedBy;
    QDateTime voidedAt;
};

// Stores `row` (id, caseNumber and the void columns are not read); returns the new id.
qint64 insertNoticeRow(const QSqlDatabase& db, const NoticeRow& row);

// Records notice `noticeId` as voided.
void insertNoticeVoid(
    const QSqlDatabase& db, qint64 noticeId, const QString& reason, const QString& by, const QDateTime& at);

// The highest sequence number given in `scope` and `year`; 0 when none was.
qint64 lastNoticeSeq(const QSqlDatabase& db, const QString& scope, int year);

// Whether some notice already has `number`.
bool noticeNumberTaken(const QSqlDatabase& db, const QString& number);

std::optional<NoticeRow> noticeRowById(const QSqlDatabase& db, qint64 noticeId);
std::optional<NoticeRow> noticeRowByNumber(const QSqlDatabase& db, const QString& number);

// The case's notices in the order they were issued.
QList<NoticeRow> noticeRowsOfCase(const QSqlDatabase& db, qint64 caseId);

// Hands every notice to `visit` in the order they were issued, one at a time (their texts
// are not all held at once).
void forEachNoticeRow(const QSqlDatabase& db, const std::function<void(const NoticeRow&)>& visit);

} // namespace ogi
