#include "CaseSearchIndex.h"

#include "storage/Sql.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    bool isGramChar(char32_t c) { return QChar::isLetterOrNumber(c); }

    // The gram for a one- or two-character text, or empty when case_grams cannot hold it.
    QString gramOf(const QString& text)
    {
        const QList<uint> points = text.toLower().toUcs4();
        if (points.isEmpty() || points.size() > 2)
            return {};
        for (uint c : points)
            if (!isGramChar(c))
                return {};
        return text.toLower();
    }
} // namespace

QString searchGrams(const QStringList& texts)
{
    // Each gram as one number (a pair of code points, the second 0 for a single one), sorted
    // and made unique: an import indexes a hundred thousand texts, and a set of small strings
    // cost more than the index insert itself.
    std::vector<quint64> grams;
    for (const QString& text : texts) {
        const QList<uint> points = text.toLower().toUcs4();
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (!isGramChar(points.at(i)))
                continue;
            grams.push_back(quint64(points.at(i)) << 32);
            if (i + 1 < points.size() && isGramChar(points.at(i + 1)))
                grams.push_back((quint64(points.at(i)) << 32) | points.at(i + 1));
        }
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    QString joined;
    joined.reserve(qsizetype(grams.size()) * 4);
    for (quint64 gram : grams) {
        if (!joined.isEmpty())
            joined += u' ';
        const auto first = QChar::fromUcs4(char32_t(gram >> 32));
        joined += QStringView(first);
        if (const char32_t second = char32_t(gram & 0xffffffffu)) {
            const auto next = QChar::fromUcs4(second);
            joined += QStringView(next);
        }
    }
    return joined;
}

void indexCaseText(sql::Statements& statements, qint64 caseId, const QString& caseNumber, const QString& applicant,
    const QString& description)
{
    const QString grams = searchGrams({ caseNumber, applicant, description });
    if (statements.engine() == StorageEngine::Postgresql) {
        // One row holds all four: the grams as a tsvector of those lexemes, each quoted (a
        // gram is letters and digits only, so nothing in it is read as a weight or position).
        // Plain marks, so that an import can send the rows by COPY. Texts, never NULL: an
        // application may be registered before its request is written.
        QString lexemes;
        if (!grams.isEmpty())
            lexemes = u"'"_s + QString(grams).replace(u"'"_s, u"''"_s).replace(u" "_s, u"' '"_s) + u"'"_s;
        statements.run(u"INSERT INTO case_search (case_id, case_number, applicant, description, grams) "
                       u"VALUES (?, ?, ?, ?, ?)"_s,
            { caseId, caseNumber, applicant.isNull() ? u""_s : applicant, description.isNull() ? u""_s : description,
                lexemes });
        return;
    }
    statements.run(u"INSERT INTO case_search (rowid, case_number, applicant, description) VALUES (?, ?, ?, ?)"_s,
        { caseId, caseNumber, applicant, description });
    statements.run(u"INSERT INTO case_grams (rowid, grams) VALUES (?, ?)"_s, { caseId, grams });
}

void fillGramIndex(const QSqlDatabase& db, Progress* progress)
{
    const qint64 total = sql::scalar(db, u"SELECT count(*) FROM cases"_s).toLongLong();
    qint64 done = 0;
    QSqlQuery cases = sql::run(db, u"SELECT id, case_number, applicant_name, description FROM case_list"_s);
    // One prepared statement for every row: the migration may meet a million cases.
    QSqlQuery insert = sql::prepare(db, u"INSERT INTO case_grams (rowid, grams) VALUES (?, ?)"_s);
    while (sql::next(cases)) {
        if (done++ % 1024 == 0)
            reportProgress(progress, done, total);
        insert.bindValue(0, cases.value(0));
        insert.bindValue(
            1, searchGrams({ cases.value(1).toString(), cases.value(2).toString(), cases.value(3).toString() }));
        sql::exec(insert);
    }
}

namespace {
    // The query over the index of `db`'s engine that holds `text`, with its one value;
    // nullopt when no index can (one or two characters not letters or digits).
    std::optional<std::pair<QString, QString>> hitsQuery(const QSqlDatabase& db, const QString& text)
    {
        const bool postgresql = sql::engineOf(db) == StorageEngine::Postgresql;
        if (text.size() >= 3) {
            if (!postgresql)
                return std::pair { u"SELECT rowid FROM case_search WHERE case_search MATCH ?"_s, ftsPhrase(text) };
            // PostgreSQL (issue 19): a case-insensitive substring of one of the three texts,
            // narrowed by the trigram index over their concatenation, then checked text by
            // text (FTS5 never matches across columns).
            QString pattern = text;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            return std::pair { u"SELECT s.case_id FROM case_search s, (SELECT ?::text AS p) q "
                               u"WHERE (s.case_number || ' ' || s.applicant || ' ' || s.description) ILIKE q.p "
                               u"AND (s.case_number ILIKE q.p OR s.applicant ILIKE q.p OR s.description ILIKE q.p)"_s,
                u'%' + pattern + u'%' };
        }
        const QString gram = gramOf(text);
        if (gram.isEmpty())
            return std::nullopt;
        if (!postgresql)
            return std::pair { u"SELECT rowid FROM case_grams WHERE case_grams MATCH ?"_s, ftsPhrase(gram) };
        // PostgreSQL: the gram among the case's grams, compared as a lexeme, not parsed.
        QString quoted = gram;
        quoted.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
        return std::pair { u"SELECT case_id FROM case_search WHERE grams @@ ?::tsquery"_s, u'\'' + quoted + u'\'' };
    }
} // namespace

IndexedSearch indexedSearch(const QSqlDatabase& db, const QString& text, int limit)
{
    const std::optional<std::pair<QString, QString>> query = hitsQuery(db, text);
    if (!query)
        return {};
    IndexedSearch result;
    result.hitsSubquery = query->first;
    result.match = query->second;
    QSqlQuery q = sql::run(db, result.hitsSubquery + u" LIMIT ?"_s, { result.match, limit + 1 });
    while (sql::next(q))
        result.ids << q.value(0).toLongLong();
    result.answer = result.ids.size() > limit ? IndexedSearch::Answer::TooMany : IndexedSearch::Answer::Hits;
    if (result.answer == IndexedSearch::Answer::TooMany)
        result.ids.clear();
    return result;
}

SimilarRequests similarRequestsQuery(const QSqlDatabase& db, const QString& description, int limit)
{
    constexpr int kQueryGrams = 48; // enough of a long request to find its like, few enough to stay quick
    QStringList grams;
    const QString text = description.simplified();
    for (qsizetype i = 0; i + 3 <= text.size() && grams.size() < kQueryGrams; ++i) {
        const QString gram = text.mid(i, 3);
        // A control character (NUL ends FTS5's query string) can only spoil the query.
        if (gram.contains(u' ') || grams.contains(gram)
            || std::any_of(gram.cbegin(), gram.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            continue;
        grams << gram;
    }
    if (grams.isEmpty())
        return {};
    if (sql::engineOf(db) == StorageEngine::Postgresql)
        // pg_trgm's similarity through the trigram index over the three texts, the request's
        // own similarity ranking them.
        return { u"SELECT case_id AS id FROM case_search "
                 u"WHERE (case_number || ' ' || applicant || ' ' || description) % ? "
                 u"ORDER BY similarity(description, ?) DESC LIMIT ?"_s,
            { text, text, limit } };
    QStringList phrases;
    for (const QString& gram : std::as_const(grams))
        phrases << ftsPhrase(gram);
    return { u"SELECT rowid AS id FROM case_search WHERE case_search MATCH ? ORDER BY rank LIMIT ?"_s,
        { QString(u"description : ("_s + phrases.join(u" OR "_s) + u')'), limit } };
}

QString ftsPhrase(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

} // namespace ogi
