#pragma once

#include "storage/BatchInsert.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace ogi {

// What a register copy reads beyond the rows of its tables: the search index's rows, the
// attached files and the notices' texts it checks on arrival.

// One row of the search index (case_search).
struct SearchIndexRow
{
    qint64 caseId = 0;
    QString caseNumber;
    QString applicant; // SQLite's index may hold NULL: a null QString
    QString description;
};

// Calls `each` for every row of the search index, by case id.
void forEachSearchIndexRow(const QSqlDatabase& db, const std::function<void(const SearchIndexRow&)>& each);

// Writes search index rows on PostgreSQL, a few hundred to a statement, inside the caller's
// transaction; `grams` is the row's space-separated search grams. What is held when the
// object goes without flush() is not written.
class PgSearchIndexRows
{
public:
    explicit PgSearchIndexRows(QSqlDatabase db);
    void add(const SearchIndexRow& row, const QString& grams);
    void flush();

private:
    sql::BatchInsert m_insert;
};

// An attached file's content, under one of the names it was attached with.
struct AttachedFile
{
    QString sha256;
    QString name;
};

// Every attached content once, by SHA-256.
QList<AttachedFile> attachedFiles(const QSqlDatabase& db);

// One issued notice's text and the SHA-256 recorded for it.
struct NoticeText
{
    QString number;
    QString html;
    QString sha256;
};

// Calls `each` for every notice.
void forEachNoticeText(const QSqlDatabase& db, const std::function<void(const NoticeText&)>& each);

} // namespace ogi
