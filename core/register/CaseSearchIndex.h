#pragma once

#include "Progress.h"
#include "storage/Sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ogi {

// The register's text search over case number, first applicant and request. Two FTS5
// indexes answer it: case_search (trigram) for three characters and more, case_grams (the
// letters and digits of each text one and two at a time) for shorter text, which the
// trigram tokenizer cannot find (reference/toolchain.md).

// Adds a new case's texts to both indexes. Part of the registering transaction.
void indexCaseText(sql::Statements& statements, qint64 caseId, const QString& caseNumber, const QString& applicant,
    const QString& description);

// Builds case_grams for every case (schema migration 5), reporting to `progress` (may be
// null); throws Error(Cancelled) when it says stop.
void fillGramIndex(const QSqlDatabase& db, Progress* progress);

// The one- and two-character grams of `texts` that case_grams holds, space separated, each
// once: lower-cased letters and digits, pairs only of neighbours within one text.
QString searchGrams(const QStringList& texts);

// What the indexes say about a text.
struct IndexedSearch
{
    enum class Answer
    {
        Hits, // `ids` are exactly the cases containing the text (none when empty)
        TooMany, // more than the limit contain it
        NotIndexed, // one or two characters that are not both letters or digits
    };
    Answer answer = Answer::NotIndexed;
    QList<qint64> ids;
    // All the hits as SQL (Hits and TooMany alike): "id IN (<hitsSubquery>)" with `match`
    // bound to its one value, so a list query need not carry thousands of ids in its text.
    QString hitsSubquery;
    QString match;
};

// Looks `text` (trimmed, not empty) up in the index that can answer it, reading at most
// `limit` + 1 hits. Throws Error(Storage) on failure.
IndexedSearch indexedSearch(const QSqlDatabase& db, const QString& text, int limit);

// Cases whose request shares wording with `description`, the likeliest first, for the repeat
// finder to compare closely: SQL selecting at most `limit` case ids as the column `id`, with
// its values to bind. Empty text when `description` has no three-character run to look for.
struct SimilarRequests
{
    QString casesQuery;
    QVariantList values;
};
SimilarRequests similarRequestsQuery(const QSqlDatabase& db, const QString& description, int limit);

// `text` as an FTS5 phrase (quotes doubled), for MATCH.
QString ftsPhrase(const QString& text);

} // namespace ogi
