#include "LedgerImport.h"

#include "Error.h"
#include "SavedFile.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "deadline/CalendarRepository.h"
#include "deadline/DeadlineCalculator.h"
#include "deadline/ReplyDeadlineStore.h"
#include "deadline/SettledPeriods.h"
#include "exchange/CsvText.h"
#include "lifecycle/Outcome.h"
#include "register/CaseRows.h"
#include "storage/LongWriteNote.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "storage/exchange/ImportMemory.h"
#include "storage/exchange/ImportedCaseRows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::LedgerImport)
    };

    // The events an imported row's case gets, every one dated from the ledger and marked.
    struct PlannedEvent
    {
        QString action;
        QDate date;
        QString outcome;
        QJsonObject details;
    };

    QList<PlannedEvent> plannedEvents(const LedgerEntry& e, const QJsonObject& marks)
    {
        const QDate receipt = e.application.receiptDate;
        QList<PlannedEvent> events { { u"register"_s, receipt, {}, marks } };
        if (e.replied.isValid()) {
            const bool closed = findOutcome(e.outcome)->category == OutcomeCategory::OtherHandling;
            QJsonObject details = marks;
            if (e.extended && !closed) {
                details.insert(u"extended"_s, true);
                details.insert(u"extension_days"_s, DeadlineRules {}.maxExtensionDays);
            }
            events.append({ closed ? u"import_close"_s : u"import_reply"_s, e.replied, e.outcome, details });
        } else if (e.accepted) {
            events.append({ u"accept"_s, receipt, {}, marks });
            if (e.extended) {
                QJsonObject details = marks;
                details.insert(u"days"_s, DeadlineRules {}.maxExtensionDays);
                events.append({ u"approve_extension"_s, receipt, {}, details });
            }
        }
        return events;
    }

    void requireImporter(const UserAccount& user)
    {
        if (user.active && (user.holds(Role::Clerk) || user.holds(Role::Administrator)))
            return;
        throw Error(ErrorCode::Refused,
            Tr::tr("Importing a ledger needs the clerk or administrator role; %1 holds neither.").arg(user.login));
    }

    constexpr int kReportEvery = 500;
    constexpr int kImportCacheKiB = 262144; // the page cache while an import writes
    constexpr int kImportIndexMemory = 64 * 1024 * 1024;
    constexpr int kDefaultIndexMemory = 1024 * 1024; // FTS5's own
} // namespace

LedgerReading readLedger(
    const Database& database, const QString& path, const LedgerImportOptions& options, const QDate& today)
{
    const QHash<QString, QString> mapping
        = options.mappingPath.isEmpty() ? QHash<QString, QString>() : readLedgerMapping(options.mappingPath);
    const SheetTable table = readSheetTable(path, options.encoding);
    const LedgerLayout layout = findLedgerLayout(table.rows, mapping);

    LedgerReading reading;
    reading.path = path;
    reading.format = table.format;
    reading.header = table.rows.at(layout.headerRow);
    reading.headerRow = layout.headerRow + 1;
    const QSet<QString> known = importedCaseKeys(database.connection());
    QHash<QString, int> firstRowOfNumber;
    // Rows without 编号: the first row of each content, how often it came, and per date,
    // applicant and request the entries the register does not know by their key.
    QHash<QString, std::pair<int, int>> rowsOfContent; // identity + cells → (first row, count)
    QHash<QString, QList<qsizetype>> unclaimed; // identity → indexes into reading.entries
    QHash<QString, int> claimed; // identity → rows found by their key
    for (int r = layout.headerRow + 1; r < table.rows.size(); ++r) {
        const QStringList& cells = table.rows.at(r);
        if (isBlankLedgerRow(cells))
            continue;
        const int rowNumber = r + 1;
        reading.rows << cells;
        reading.rowNumbers << rowNumber;
        ParsedLedgerRow parsed = parseLedgerRow(cells, rowNumber, layout, today);
        if (parsed.entry && !parsed.entry->ledgerNumber.isEmpty()) {
            const QString& key = parsed.entry->identity;
            if (const auto first = firstRowOfNumber.constFind(key); first != firstRowOfNumber.constEnd())
                parsed.problems.append({ rowNumber, ledgerColumnName(LedgerColumn::Number),
                    Tr::tr("the same 编号 as row %1").arg(*first) });
            else
                firstRowOfNumber.insert(key, rowNumber);
        }
        if (!parsed.problems.isEmpty()) {
            reading.invalidRows.insert(rowNumber);
            reading.problems << parsed.problems;
            continue;
        }
        LedgerEntry& e = *parsed.entry;
        if (e.ledgerNumber.isEmpty()) {
            // Rows that differ in any cell are different applications; identical ones are
            // told apart by their place among their copies.
            const QString content = e.identity + u'/' + e.cellsHash;
            auto& [firstRow, count] = rowsOfContent[content];
            if (count++ == 0)
                firstRow = rowNumber;
            else
                e.copyOf = firstRow;
            e.importKey = content + u'#' + QString::number(count);
        } else {
            e.importKey = e.identity;
        }
        if (known.contains(e.importKey)) {
            ++reading.alreadyImported;
            if (e.ledgerNumber.isEmpty())
                ++claimed[e.identity];
            continue;
        }
        if (e.ledgerNumber.isEmpty())
            unclaimed[e.identity] << reading.entries.size();
        reading.entries << std::move(e);
    }

    // The register's cases from rows without 编号 that no row has claimed by its key: made by
    // an older version (key: the identity alone) or from a row changed since. They stand
    // for as many of the unclaimed rows of the same identity, the first in file order.
    if (!unclaimed.isEmpty()) {
        QHash<QString, int> made; // identity → cases
        for (const QString& key : known)
            if (key.startsWith(u"row:"))
                ++made[key.left(key.indexOf(u'/'))]; // the whole key when it has no '/'
        QSet<qsizetype> found;
        for (auto it = unclaimed.cbegin(); it != unclaimed.cend(); ++it) {
            const int left = made.value(it.key()) - claimed.value(it.key());
            for (qsizetype i = 0; i < std::min<qsizetype>(left, it.value().size()); ++i)
                found.insert(it.value().at(i));
        }
        if (!found.isEmpty()) {
            QList<LedgerEntry> remaining;
            for (qsizetype i = 0; i < reading.entries.size(); ++i)
                if (!found.contains(i))
                    remaining << std::move(reading.entries[i]);
            reading.entries = std::move(remaining);
            reading.alreadyImported += int(found.size());
        }
    }
    for (const LedgerEntry& e : std::as_const(reading.entries))
        if (e.copyOf != 0)
            ++reading.copies;
    return reading;
}

LedgerImportResult importLedger(const Database& database, const QString& path, const LedgerImportOptions& options,
    const UserAccount& user, const Clock& clock, Progress* progress)
{
    requireImporter(user);
    const QDate today = clock.today();
    LedgerImportResult result;
    result.reading = readLedger(database, path, options, today);
    const LedgerReading& reading = result.reading;
    const bool skipCopies = options.copies == CopyRows::Skip;
    if (options.dryRun || (!reading.problems.isEmpty() && !options.skipInvalid)
        || reading.importable(options.copies) == 0) {
        if (!options.dryRun && options.skipInvalid && !reading.problems.isEmpty())
            result.rejectedFile = writeRejectedRows(reading);
        return result;
    }
    if (skipCopies)
        result.skippedCopies = reading.copies;

    const QString fileName = QFileInfo(path).fileName();
    qint64 fileSize = 0;
    const QString fileHash = sha256OfFile(path, &fileSize);
    const QDateTime now = clock.now();
    const QSqlDatabase db = database.connection();
    // A hundred thousand cases are some 150 MB of pages: with SQLite's default 2 MB cache
    // the transaction would spill and rewrite them over and over before its commit.
    // (SQLite's page cache, FTS5's memory and the note beside the file: SQLite only.)
    const bool sqlite = database.engine() == StorageEngine::Sqlite;
    std::optional<ImportPageCache> cache;
    if (sqlite)
        cache.emplace(db, kImportCacheKiB);
    // The others who wait for the register meanwhile are told who holds it and how far it is.
    std::optional<LongWriteNote> holder;
    if (sqlite)
        holder.emplace(database.path(), user.login, Tr::tr("importing the ledger %1").arg(fileName));
    WriteTransaction transaction(db);
    // On a server every row would be a round trip: the rows go a thousand to a statement.
    sql::Statements statements(db, sql::Sending::Batched);
    // The search indexes gather a transaction's terms in memory and write them out each time
    // that memory passes its limit (1 MB): a bigger one for the import, back before commit.
    if (sqlite)
        setSearchIndexMemory(db, kImportIndexMemory);
    const WorkingCalendar calendar = loadOfficeCalendar(db);
    const DeadlineCalculator calculator(calendar);
    // Read once before the first row: on a server the rows' statements are on their way
    // while the next are built, and nothing else may use the connection meanwhile.
    const QHash<int, qint64> storedLastNumber = caseCounters(db);
    QHash<int, qint64> lastNumber;
    const qint64 total = reading.importable(options.copies);
    for (const LedgerEntry& e : reading.entries) {
        if (e.copyOf != 0 && skipCopies)
            continue;
        if (result.imported % kReportEvery == 0) {
            reportProgress(progress, result.imported, total);
            if (holder)
                holder->progress(result.imported, total);
        }
        const int year = e.application.receiptDate.year();
        auto last = lastNumber.find(year);
        if (last == lastNumber.end())
            last = lastNumber.insert(year, storedLastNumber.value(year));
        const qint64 sequence = ++*last;
        const QString caseNumber = formatCaseNumber(year, sequence);

        QJsonObject marks { { u"imported"_s, true }, { u"source_file"_s, fileName }, { u"source_row"_s, e.row } };
        if (!e.ledgerNumber.isEmpty())
            marks.insert(u"ledger_number"_s, e.ledgerNumber);
        if (e.copyOf != 0) // imported by the clerk's choice although it repeats that row
            marks.insert(u"copy_of_row"_s, e.copyOf);
        const QList<PlannedEvent> planned = plannedEvents(e, marks);
        std::optional<CaseState> state;
        CaseTimeline timeline { 0, caseNumber, e.application.applicants.front().name, CaseState::Registered,
            e.application.receiptDate, {} };
        QList<Transition> transitions;
        for (const PlannedEvent& p : planned) {
            transitions << *findTransition(p.action, state);
            state = transitions.back().to;
        }
        timeline.state = *state;
        const bool concluded = e.replied.isValid();
        timeline.id = insertCaseRows(statements,
            { caseNumber, year, sequence, &e.application, *state, e.outcome, concluded ? e.replied : QDate(), now });
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const PlannedEvent& p = planned.at(i);
            insertEventRow(statements, timeline.id, int(i + 1), transitions.at(i), p.outcome, p.date, now,
                user.login, QString(), p.details);
            timeline.events.append({ 0, int(i + 1), p.action, transitions.at(i).from, transitions.at(i).to, p.outcome,
                p.date, now, user.login, {}, p.details });
        }
        try {
            if (concluded)
                recordEndedPeriods(
                    statements, timeline.id, timeline.receipt, timeline.events, calendar, now, PeriodRows::NewCase);
        } catch (const Error& error) {
            throw Error(error.code(), LedgerProblem { e.row, {}, error.message() }.text());
        }
        storeNewCaseReplyDeadline(statements, timeline, calculator, today);
        insertImportedCaseRow(statements, { e.importKey, timeline.id, e.ledgerNumber, fileName, e.row });
        if (result.firstCase.isEmpty())
            result.firstCase = caseNumber;
        result.lastCase = caseNumber;
        ++result.imported;
    }
    statements.flush();
    raiseCaseCounters(db, lastNumber);
    AuditLog::append(db,
        { user.login, u"register.import"_s, fileName,
            auditDetails({ { u"file"_s, path }, { u"sha256"_s, fileHash }, { u"bytes"_s, fileSize },
                { u"cases"_s, result.imported }, { u"first"_s, result.firstCase }, { u"last"_s, result.lastCase },
                { u"rejected_rows"_s, int(reading.invalidRows.size()) },
                { u"already_imported"_s, reading.alreadyImported },
                { u"copies"_s, reading.copies }, { u"copies_skipped"_s, result.skippedCopies } }) },
        now);
    if (sqlite)
        setSearchIndexMemory(db, kDefaultIndexMemory);
    reportProgress(progress, total, total);
    transaction.commit();
    if (!reading.problems.isEmpty())
        result.rejectedFile = writeRejectedRows(reading);
    return result;
}

QString writeRejectedRows(const LedgerReading& reading)
{
    QHash<int, QStringList> messages;
    for (const LedgerProblem& p : reading.problems)
        messages[p.row] << (p.column.isEmpty() ? p.message : p.column + u": "_s + p.message);
    QStringList header = reading.header;
    header << u"问题"_s;
    QString csv = csvLine(header);
    for (qsizetype i = 0; i < reading.rows.size(); ++i) {
        const int rowNumber = reading.rowNumbers.at(i);
        if (!reading.invalidRows.contains(rowNumber))
            continue;
        QStringList cells = reading.rows.at(i);
        while (cells.size() < reading.header.size())
            cells << QString();
        cells << messages.value(rowNumber).join(u"; "_s);
        csv += csvLine(cells);
    }
    const QFileInfo input(reading.path);
    const QString target = input.dir().filePath(input.completeBaseName() + u".rejected.csv"_s);
    saveFile(target, csvFileBytes(csv));
    return target;
}

} // namespace ogi
