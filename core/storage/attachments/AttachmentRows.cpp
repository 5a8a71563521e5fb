#include "AttachmentRows.h"

#include "Timestamps.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    AttachmentRow rowOf(const QSqlQuery& q)
    {
        return { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
            parseIsoTimestamp(q.value(7).toString()) };
    }
} // namespace

std::optional<qint64> caseIdOfNumber(const QSqlDatabase& db, const QString& caseNumber)
{
    const QVariant id = sql::scalar(db, u"SELECT id FROM cases WHERE case_number = ?"_s, { caseNumber });
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

qint64 insertAttachmentRow(const QSqlDatabase& db, const AttachmentRow& row)
{
    return sql::scalar(db,
        u"INSERT INTO attachments (case_id, kind, file_name, sha256, size, added_by, added_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { row.caseId, row.kind, row.fileName, row.sha256, row.size, row.addedBy, isoTimestamp(row.addedAt) })
        .toLongLong();
}

QList<AttachmentRow> attachmentRowsOf(const QSqlDatabase& db, qint64 caseId)
{
    QSqlQuery q = sql::run(db,
        u"SELECT id, case_id, kind, file_name, sha256, size, added_by, added_at FROM attachments WHERE case_id = ? "
        u"ORDER BY id"_s,
        { caseId });
    QList<AttachmentRow> rows;
    while (sql::next(q))
        rows << rowOf(q);
    return rows;
}

void forEachAttachmentRow(
    const QSqlDatabase& db, const std::function<void(const AttachmentRow&, const QString& caseNumber)>& visit)
{
    QSqlQuery q = sql::run(db,
        u"SELECT a.id, a.case_id, a.kind, a.file_name, a.sha256, a.size, a.added_by, a.added_at, c.case_number "
        u"FROM attachments a JOIN cases c ON c.id = a.case_id ORDER BY a.id"_s);
    while (sql::next(q))
        visit(rowOf(q), q.value(8).toString());
}

bool hasAttachmentChunks(const QSqlDatabase& db, const QString& sha256)
{
    return !sql::scalar(db, u"SELECT 1 FROM attachment_chunks WHERE sha256 = ? AND seq = 0"_s, { sha256 }).isNull();
}

std::optional<QByteArray> attachmentChunk(const QSqlDatabase& db, const QString& sha256, int seq)
{
    QSqlQuery q = sql::run(db, u"SELECT bytes FROM attachment_chunks WHERE sha256 = ? AND seq = ?"_s, { sha256, seq });
    if (!sql::next(q))
        return std::nullopt;
    return q.value(0).toByteArray();
}

AttachmentChunkWriter::AttachmentChunkWriter(const QSqlDatabase& db, const QString& sha256)
    : m_insert(sql::prepare(db, u"INSERT INTO attachment_chunks (sha256, seq, bytes) VALUES (?, ?, ?)"_s))
    , m_sha256(sha256)
{
}

void AttachmentChunkWriter::write(int seq, const QByteArray& bytes)
{
    m_insert.bindValue(0, m_sha256);
    m_insert.bindValue(1, seq);
    m_insert.bindValue(2, bytes);
    sql::exec(m_insert);
}

} // namespace ogi
