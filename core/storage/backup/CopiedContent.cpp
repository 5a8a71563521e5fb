#include "CopiedContent.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    constexpr int kRowsPerInsert = 200;
} // namespace

void forEachSearchIndexRow(const QSqlDatabase& db, const std::function<void(const SearchIndexRow&)>& each)
{
    QSqlQuery rows = sql::run(db,
        sql::engineOf(db) == StorageEngine::Postgresql
            ? u"SELECT case_id, case_number, applicant, description FROM case_search ORDER BY 1"_s
            : u"SELECT rowid, case_number, applicant, description FROM case_search ORDER BY 1"_s);
    while (sql::next(rows))
        each({ rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
            rows.value(3).toString() });
}

PgSearchIndexRows::PgSearchIndexRows(QSqlDatabase db)
    : m_insert(sql::BatchInsert::forColumns(std::move(db), u"case_search"_s,
        { u"case_id"_s, u"case_number"_s, u"applicant"_s, u"description"_s, u"grams"_s },
        u"array_to_tsvector(string_to_array(?, ' '))"_s, kRowsPerInsert))
{
}

void PgSearchIndexRows::add(const SearchIndexRow& row, const QString& grams)
{
    // PostgreSQL's index holds empty texts where SQLite's may hold NULL (indexCaseText).
    const auto text = [](const QString& value) { return value.isNull() ? u""_s : value; };
    m_insert.add({ row.caseId, row.caseNumber, text(row.applicant), text(row.description), grams });
}

void PgSearchIndexRows::flush() { m_insert.flush(); }

QList<AttachedFile> attachedFiles(const QSqlDatabase& db)
{
    QList<AttachedFile> files;
    QSqlQuery q = sql::run(db, u"SELECT DISTINCT sha256, file_name, size FROM attachments ORDER BY 1"_s);
    QString seen;
    while (sql::next(q)) {
        const QString sha256 = q.value(0).toString();
        if (sha256 == seen)
            continue; // one content under several names
        seen = sha256;
        files.append({ sha256, q.value(1).toString() });
    }
    return files;
}

void forEachNoticeText(const QSqlDatabase& db, const std::function<void(const NoticeText&)>& each)
{
    QSqlQuery q = sql::run(db, u"SELECT number, html, sha256 FROM notices"_s);
    while (sql::next(q))
        each({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
}

} // namespace ogi
