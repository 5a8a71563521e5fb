#include "RegisterCopy.h"

#include "Error.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "attachments/AttachmentBytes.h"
#include "audit/AuditLog.h"
#include "register/CaseSearchIndex.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/SchemaMigrations.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "storage/backup/CopiedContent.h"
#include "storage/backup/RegisterTables.h"
#include "storage/postgresql/PgConnection.h"
#include "storage/postgresql/PgSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RegisterCopy)
    };

    // Every table of the schema but search, parents before the rows that refer to them. A
    // table a later migration adds and this list lacks stops the copy (checked below), so no
    // table is ever left behind.
    const QStringList& copiedTables()
    {
        static const QStringList tables { u"settings"_s, u"case_counters"_s, u"applicants"_s, u"cases"_s,
            u"case_applicants"_s, u"case_agents"_s, u"case_events"_s, u"case_periods"_s, u"reply_deadlines"_s,
            u"remedies"_s, u"users"_s, u"user_roles"_s, u"calendar_overrides"_s, u"calendar_years"_s, u"notices"_s,
            u"notice_voids"_s, u"notice_templates"_s, u"proactive_figures"_s, u"imported_cases"_s,
            u"attachments"_s, u"audit_log"_s, u"audit_head"_s };
        return tables;
    }

    // The tables with an `id` identity on PostgreSQL, whose sequence must continue after the copy.
    const QStringList& identityTables()
    {
        static const QStringList tables { u"applicants"_s, u"cases"_s, u"case_events"_s, u"remedies"_s, u"users"_s,
            u"notices"_s, u"attachments"_s, u"audit_log"_s };
        return tables;
    }

    // One end of the copy: an open connection of either engine.
    class Side
    {
    public:
        Side(const RegisterLocation& location, const QString& connectionName)
            : m_location(location)
            , m_connectionName(connectionName)
        {
        }
        Side(const Side&) = delete;
        Side& operator=(const Side&) = delete;
        ~Side()
        {
            if (m_reading)
                endSnapshotRead(db());
            if (m_location.isPostgresql()) {
                m_pg.close();
                m_pg = QSqlDatabase();
                QSqlDatabase::removeDatabase(m_connectionName);
            }
        }

        void openSqlite(OpenMode mode) { m_sqlite.emplace(Database::open(m_location.filePath, mode)); }
        // Every read from here on sees the register as it is now, whatever other programs write
        // meanwhile: cases, their events and the audit head from one moment. Ends with the side.
        void readOneSnapshot()
        {
            beginSnapshotRead(db());
            m_reading = true;
        }
        void openPostgresql(const QString& password)
        {
            m_pg = ogi::openPostgresql(m_location, m_connectionName, password);
        }

        QSqlDatabase db() const { return m_sqlite ? m_sqlite->connection() : m_pg; }
        AttachmentBytes bytes() const { return AttachmentBytes(db(), isPostgresql() ? QString() : m_location.filePath); }
        bool isPostgresql() const { return m_location.isPostgresql(); }
        const RegisterLocation& location() const { return m_location; }
        void close() { m_sqlite.reset(); }

    private:
        RegisterLocation m_location;
        QString m_connectionName;
        std::optional<Database> m_sqlite;
        QSqlDatabase m_pg;
        bool m_reading = false;
    };

    qint64 copyTable(const Side& source, const Side& target, const QString& table, Progress* progress, qint64& done,
        qint64 total)
    {
        const QStringList columns = tableColumns(target.db(), table);
        if (columns != tableColumns(source.db(), table))
            throw Error(ErrorCode::Internal,
                Tr::tr("The table %1 has other columns in %2 than in %3: nothing was copied.")
                    .arg(table, source.location().display(), target.location().display()));
        const qint64 copied = copyTableRows(source.db(), target.db(), table, columns, progress, done, total);
        done += copied;
        return copied;
    }

    qint64 copySearch(const Side& source, const Side& target)
    {
        qint64 copied = 0;
        if (target.isPostgresql()) {
            PgSearchIndexRows rows(target.db());
            forEachSearchIndexRow(source.db(), [&](const SearchIndexRow& row) {
                rows.add(row, searchGrams({ row.caseNumber, row.applicant, row.description }));
                ++copied;
            });
            rows.flush();
            return copied;
        }
        sql::Statements statements(target.db());
        forEachSearchIndexRow(source.db(), [&](const SearchIndexRow& row) {
            indexCaseText(statements, row.caseId, row.caseNumber, row.applicant, row.description);
            ++copied;
        });
        return copied;
    }

    // The bytes of every attached file, from the source's store into the target's (a folder
    // beside a file, or the server's table), each checked against its recorded SHA-256 on the
    // target. Returns how many distinct files were copied.
    qint64 copyAttachmentBytes(const Side& source, const Side& target)
    {
        const AttachmentBytes from = source.bytes();
        AttachmentBytes to = target.bytes();
        qint64 copied = 0;
        for (const AttachedFile& file : attachedFiles(source.db())) {
            const QString& sha256 = file.sha256;
            const QString& name = file.name;
            QTemporaryFile staged(to.stagingFolder() + u"/incoming-XXXXXX"_s);
            if (!staged.open())
                throw Error(ErrorCode::NotWritable,
                    Tr::tr("Cannot write the copy of the attached file %1 in %2: %3")
                        .arg(name, to.stagingFolder(), staged.errorString()));
            const std::optional<AttachmentBytes::Read> read = from.read(sha256, &staged, name);
            if (!read || read->sha256 != sha256)
                throw Error(ErrorCode::Corrupt,
                    Tr::tr("The attached file %1 (SHA-256 %2) is missing or changed in %3: nothing was copied. "
                           "Restore it there first (ogi verify names it).")
                        .arg(name, sha256, source.location().display()));
            if (!staged.flush())
                throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write the copy of the attached file %1.").arg(name));
            to.store(staged, sha256, name);
            const std::optional<AttachmentBytes::Read> there = to.read(sha256, nullptr, name);
            if (!there || there->sha256 != sha256)
                throw Error(ErrorCode::Storage,
                    Tr::tr("The attached file %1 does not have its SHA-256 on %2 after the copy: nothing was copied.")
                        .arg(name, target.location().display()));
            ++copied;
        }
        return copied;
    }

    void refuse(const QString& why) { throw Error(ErrorCode::Refused, why); }

    void openSource(Side& source, const QString& password)
    {
        if (source.isPostgresql()) {
            source.openPostgresql(password);
            const int version = pgSchemaVersion(source.db());
            if (version == 0)
                refuse(Tr::tr("%1 holds no register: nothing to copy.").arg(source.location().display()));
            if (version != currentSchemaVersion())
                refuse(Tr::tr("%1 is at schema version %2, this version of OGI Desk writes %3: copy it with the "
                              "version that matches it.")
                           .arg(source.location().display())
                           .arg(version)
                           .arg(currentSchemaVersion()));
            return;
        }
        const QString path = source.location().filePath;
        if (inspectDatabaseFile(path) != DatabaseFileKind::Ours)
            refuse(Tr::tr("There is no OGI Desk register at %1: nothing to copy.").arg(path));
        // Opening an older file would migrate it, and the source is never to change.
        if (const int version = databaseFileSchemaVersion(path); version != currentSchemaVersion())
            refuse(Tr::tr("%1 is at schema version %2, this version of OGI Desk writes %3. Open it once with this "
                          "version (ogi --db %1 verify upgrades it), then copy it.")
                       .arg(path)
                       .arg(version)
                       .arg(currentSchemaVersion()));
        source.openSqlite(OpenMode::ExistingOnly);
    }

    void openTarget(Side& target, const QString& password)
    {
        if (target.isPostgresql()) {
            target.openPostgresql(password);
            if (pgSchemaVersion(target.db()) != 0)
                refuse(Tr::tr("%1 already holds a register: copy into an empty database only, so that nothing is "
                              "overwritten.")
                           .arg(target.location().display()));
            return;
        }
        if (inspectDatabaseFile(target.location().filePath) != DatabaseFileKind::Missing)
            refuse(Tr::tr("%1 exists already: copy into a new file only, so that nothing is overwritten.")
                       .arg(target.location().filePath));
        target.openSqlite(OpenMode::CreateIfMissing);
    }

    void checkTarget(const Side& source, const Side& target, RegisterCopyResult& result)
    {
        // The rows read from the source's snapshot, each table's and the cases'.
        qint64 cases = 0;
        for (const auto& [table, rows] : std::as_const(result.tables)) {
            if (const qint64 there = tableRowCount(target.db(), table); there != rows)
                throw Error(ErrorCode::Storage,
                    Tr::tr("After the copy %1 holds %2 rows of %3, the source %4: nothing was copied.")
                        .arg(target.location().display())
                        .arg(there)
                        .arg(table)
                        .arg(rows));
            if (table == u"cases")
                cases = rows;
        }
        if (result.searchRows != cases)
            throw Error(ErrorCode::Storage,
                Tr::tr("The search index of %1 holds %2 of %3 cases: nothing was copied.")
                    .arg(source.location().display())
                    .arg(result.searchRows)
                    .arg(cases));
        const QStringList findings = AuditLog::verify(target.db());
        if (!findings.isEmpty())
            throw Error(ErrorCode::Storage,
                Tr::tr("The audit chain does not verify on %1 after the copy: %2. Nothing was copied.")
                    .arg(target.location().display(), findings.join(u"; ")));
        const AuditLog::Anchor from = AuditLog::headAnchor(source.db());
        const AuditLog::Anchor to = AuditLog::headAnchor(target.db());
        if (from.id != to.id || from.hash != to.hash)
            throw Error(ErrorCode::Storage,
                Tr::tr("The audit chain of %1 ends elsewhere than the source's: nothing was copied.")
                    .arg(target.location().display()));
        result.auditRows = tableRowCount(target.db(), u"audit_log"_s);
        forEachNoticeText(target.db(), [&](const NoticeText& notice) {
            if (sha256Hex(notice.html.toUtf8()) != notice.sha256)
                throw Error(ErrorCode::Storage,
                    Tr::tr("The notice %1 does not have its SHA-256 on %2 after the copy: nothing was copied.")
                        .arg(notice.number, target.location().display()));
            ++result.noticesChecked;
        });
    }
} // namespace

RegisterCopyResult copyRegister(const RegisterLocation& from, const RegisterLocation& to, const QString& actor,
    const QString& password, Progress* progress)
{
    if (!from.isPostgresql() && !to.isPostgresql() && from.filePath == to.filePath)
        refuse(Tr::tr("The register cannot be copied onto itself."));
    Side source(from, u"ogi-copy-from"_s);
    openSource(source, password);
    source.readOneSnapshot();
    const QSet<QString> sourceTables = registerTables(source.db());
    const QSet<QString> known(copiedTables().cbegin(), copiedTables().cend());
    if (sourceTables != known) {
        QStringList unknown = QStringList(sourceTables.cbegin(), sourceTables.cend());
        unknown.removeIf([&](const QString& t) { return known.contains(t); });
        throw Error(ErrorCode::Internal,
            Tr::tr("%1 has tables the copy does not know (%2): nothing was copied.")
                .arg(from.display(), unknown.join(u", ")));
    }

    Side target(to, u"ogi-copy-to"_s);
    openTarget(target, password);
    RegisterCopyResult result;
    try {
        WriteTransaction transaction(target.db());
        if (target.isPostgresql())
            createPgSchema(target.db());
        qint64 total = 0;
        for (const QString& table : copiedTables())
            total += tableRowCount(source.db(), table);
        qint64 done = 0;
        for (const QString& table : copiedTables()) {
            // A new SQLite register may have been given rows of its own when it was made.
            if (tableRowCount(target.db(), table) != 0)
                throw Error(ErrorCode::Internal,
                    Tr::tr("The new register %1 is not empty (%2): nothing was copied.").arg(to.display(), table));
            result.tables.append({ table, copyTable(source, target, table, progress, done, total) });
        }
        result.searchRows = copySearch(source, target);
        result.attachedFiles = copyAttachmentBytes(source, target);
        if (target.isPostgresql())
            continueIdSequences(target.db(), identityTables());
        checkTarget(source, target, result);
        QJsonArray counts;
        for (const auto& [table, rows] : std::as_const(result.tables))
            counts.append(QJsonObject { { u"table"_s, table }, { u"rows"_s, rows } });
        AuditLog::append(target.db(),
            { actor, u"register.copy"_s, from.display(),
                auditDetails({ { u"from"_s, from.display() }, { u"to"_s, to.display() }, { u"tables"_s, counts },
                    { u"audit_head"_s, AuditLog::headHash(source.db()) } }) },
            QDateTime::currentDateTime());
        transaction.commit();
    } catch (...) {
        if (!to.isPostgresql()) {
            target.close();
            QFile::remove(to.filePath);
            removeSidecarFiles(to.filePath);
            QDir(attachmentFolderOf(to.filePath)).removeRecursively();
        }
        throw;
    }
    return result;
}

} // namespace ogi
