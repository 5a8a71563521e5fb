#include "NoticeRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    constexpr auto kSelect = R"(SELECT n.id, n.case_id, c.case_number, n.type, n.sequence_scope, n.year, n.seq,
               n.number, n.issued_on, n.issued_by, n.issued_at, n.html, n.sha256, n.template_sha256, n.edits,
               v.reason, v.voided_by, v.voided_at
        FROM notices n JOIN cases c ON c.id = n.case_id
        LEFT JOIN notice_voids v ON v.notice_id = n.id)";

    NoticeRow rowOf(const QSqlQuery& q)
    {
        NoticeRow n;
        n.id = q.value(0).toLongLong();
        n.caseId = q.value(1).toLongLong();
        n.caseNumber = q.value(2).toString();
        n.type = q.value(3).toString();
        n.sequenceScope = q.value(4).toString();
        n.year = q.value(5).toInt();
        n.seq = q.value(6).toLongLong();
        n.number = q.value(7).toString();
        n.issuedOn = parseIsoDate(q.value(8).toString());
        n.issuedBy = q.value(9).toString();
        n.issuedAt = parseIsoTimestamp(q.value(10).toString());
        n.html = q.value(11).toString();
        n.sha256 = q.value(12).toString();
        n.templateSha256 = q.value(13).toString();
        n.edits = q.value(14).toString();
        n.voided = !q.value(15).isNull();
        n.voidReason = q.value(15).toString();
        n.voidedBy = q.value(16).toString();
        n.voidedAt = parseIsoTimestamp(q.value(17).toString());
        return n;
    }

    std::optional<NoticeRow> findWhere(const QSqlDatabase& db, const QString& condition, const QVariant& value)
    {
        QSqlQuery q = sql::run(db, QLatin1String(kSelect) + u" WHERE "_s + condition, { value });
        if (!sql::next(q))
            return std::nullopt;
        return rowOf(q);
    }
} // namespace

qint64 insertNoticeRow(const QSqlDatabase& db, const NoticeRow& row)
{
    return sql::scalar(db,
        u"INSERT INTO notices (case_id, type, sequence_scope, year, seq, number, issued_on, issued_by, issued_at, "
        u"html, sha256, template_sha256, edits) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { row.caseId, row.type, row.sequenceScope, row.year, row.seq, row.number, isoDate(row.issuedOn), row.issuedBy,
            isoTimestamp(row.issuedAt), row.html, row.sha256, row.templateSha256, row.edits })
        .toLongLong();
}

void insertNoticeVoid(
    const QSqlDatabase& db, qint64 noticeId, const QString& reason, const QString& by, const QDateTime& at)
{
    sql::run(db, u"INSERT INTO notice_voids (notice_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?)"_s,
        { noticeId, reason, by, isoTimestamp(at) });
}

qint64 lastNoticeSeq(const QSqlDatabase& db, const QString& scope, int year)
{
    return sql::scalar(
        db, u"SELECT coalesce(max(seq), 0) FROM notices WHERE sequence_scope = ? AND year = ?"_s, { scope, year })
        .toLongLong();
}

bool noticeNumberTaken(const QSqlDatabase& db, const QString& number)
{
    return !sql::scalar(db, u"SELECT 1 FROM notices WHERE number = ?"_s, { number }).isNull();
}

std::optional<NoticeRow> noticeRowById(const QSqlDatabase& db, qint64 noticeId)
{
    return findWhere(db, u"n.id = ?"_s, noticeId);
}

std::optional<NoticeRow> noticeRowByNumber(const QSqlDatabase& db, const QString& number)
{
    return findWhere(db, u"n.number = ?"_s, number);
}

QList<NoticeRow> noticeRowsOfCase(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery q = sql::run(db, QLatin1String(kSelect) + u" WHERE n.case_id = ? ORDER BY n.id"_s, { caseId });
    QList<NoticeRow> rows;
    while (sql::next(q))
        rows << rowOf(q);
    return rows;
}

void forEachNoticeRow(const QSqlDatabase& db, const std::function<void(const NoticeRow&)>& visit)
{
    QSqlQuery q = sql::run(db, QLatin1String(kSelect) + u" ORDER BY n.id"_s);
    while (sql::next(q))
        visit(rowOf(q));
}

} // namespace ogi
