#include "RegisterBackup.h"

#include "Error.h"
#include "PrivateFileMode.h"
#include "Sha256.h"
#include "attachments/AttachmentBytes.h"
#include "attachments/AttachmentStore.h"
#include "backup/RegisterCopy.h"
#include "audit/AuditLog.h"
#include "integrity/IntegrityCheck.h"
#include "storage/DatabaseFile.h"
#include "storage/RegisterLocation.h"
#include "storage/Sql.h"

#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <fstream>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RegisterBackup)
    };

    const QString kDatabaseEntry = u"register.ogi"_s;
    const QString kManifest = u"manifest.json"_s;
    const QString kFormat = u"ogi-desk-backup"_s;

    // SQLite's online backup from the open connection into `target`: a consistent snapshot
    // even while other connections write.
    void snapshot(const Database& database, const QString& target, Progress* progress)
    {
        sqlite3* source = sql::sqliteHandle(database.connection());
        sqlite3* copy = nullptr;
        if (sqlite3_open(QFile::encodeName(target).constData(), &copy) != SQLITE_OK) {
            sqlite3_close(copy);
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write the snapshot %1.").arg(target));
        }
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", source, "main");
        int rc = SQLITE_OK;
        if (backup) {
            do {
                rc = sqlite3_backup_step(backup, 1024);
                reportProgress(progress, sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                    sqlite3_backup_pagecount(backup));
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    sqlite3_sleep(50);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            sqlite3_backup_finish(backup);
        }
        const int finalCode = sqlite3_errcode(copy);
        sqlite3_close(copy);
        if (!backup || rc != SQLITE_DONE || finalCode != SQLITE_OK)
            throw Error(
                ErrorCode::Storage, Tr::tr("The snapshot of %1 failed (SQLite %2).").arg(database.path()).arg(rc));
    }

    [[noreturn]] void damaged(const QString& zipPath, const QString& what)
    {
        throw Error(ErrorCode::Corrupt, Tr::tr("%1 is not a usable OGI Desk backup: %2").arg(zipPath, what));
    }

    // The most a manifest may take: a register of millions of attachments lists them in far less.
    constexpr qint64 kMaxManifestBytes = qint64(64) * 1024 * 1024;

    // Copies one entry of the archive to `target`, refusing it the moment it unpacks to more
    // than `limit` bytes (a zip bomb stops there, not gigabytes later).
    void unpackEntry(std::istream& in, const Poco::Zip::ZipLocalFileHeader& header, const QString& target,
        qint64 limit, const QString& zipPath, const QString& name)
    {
        const auto tooLarge = [&] {
            damaged(zipPath,
                Tr::tr("the entry \"%1\" is larger than its manifest says (%2 bytes)").arg(name).arg(limit));
        };
        if (header.getUncompressedSize() > quint64(limit))
            tooLarge();
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(QFileInfo(target).absolutePath()));
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly))
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(target));
        in.clear();
        Poco::Zip::ZipInputStream entry(in, header);
        qint64 written = 0;
        char block[1 << 16];
        while (entry) {
            entry.read(block, sizeof block);
            const std::streamsize n = entry.gcount();
            if (n <= 0)
                break;
            written += n;
            if (written > limit) {
                out.close();
                QFile::remove(target);
                tooLarge();
            }
            if (out.write(block, n) != n)
                throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(target));
        }
    }

    // Unpacks the backup into `folder`, its manifest first: every other entry must be listed
    // there and is cut off at the size listed (the checksums are compared afterwards).
    void unpackBackup(const QString& zipPath, const QString& folder)
    {
        std::ifstream in(QFile::encodeName(zipPath).constData(), std::ios::binary);
        if (!in)
            throw Error(ErrorCode::NotFound, Tr::tr("Cannot read %1.").arg(zipPath));
        const Poco::Zip::ZipArchive archive(in);
        const auto manifestHeader = archive.findHeader(kManifest.toStdString());
        if (manifestHeader == archive.headerEnd())
            damaged(zipPath, Tr::tr("it has no manifest.json"));
        const QString manifestPath = QDir(folder).filePath(kManifest);
        unpackEntry(in, manifestHeader->second, manifestPath, kMaxManifestBytes, zipPath, kManifest);
        QFile manifestFile(manifestPath);
        if (!manifestFile.open(QIODevice::ReadOnly))
            damaged(zipPath, Tr::tr("it has no manifest.json"));
        QHash<QString, qint64> sizes;
        for (const QJsonValue& value :
            QJsonDocument::fromJson(manifestFile.readAll()).object().value(u"entries"_s).toArray())
            sizes.insert(value.toObject().value(u"path"_s).toString(), value.toObject().value(u"size"_s).toInteger());
        for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
            const QString name = QString::fromStdString(it->first);
            if (name == kManifest || it->second.isDirectory())
                continue;
            if (name.contains(u".."_s) || name.startsWith(u'/'))
                damaged(zipPath, Tr::tr("the entry \"%1\" points outside the backup").arg(name));
            if (!sizes.contains(name))
                damaged(zipPath, Tr::tr("the entry \"%1\" is not in its manifest").arg(name));
            unpackEntry(in, it->second, QDir(folder).filePath(name), sizes.value(name), zipPath, name);
        }
    }
} // namespace

BackupSummary writeBackup(const Database& database, const QString& zipPath, Progress* progress)
{
    QTemporaryDir work(QFileInfo(zipPath).absolutePath() + u"/.ogi-backup-XXXXXX"_s);
    if (!work.isValid())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(QFileInfo(zipPath).absolutePath()));
    const QString snapshotPath = work.filePath(kDatabaseEntry);
    if (database.engine() == StorageEngine::Postgresql) {
        // A server register's snapshot is the register copied into a file (one repeatable-read
        // view of it, checked there), its attached files into the folder beside it: the zip is
        // then a desk's backup, entry for entry, restorable into a file or a new database.
        copyRegister(RegisterLocation::parse(database.path()), RegisterLocation::parse(snapshotPath),
            database.connection().userName(), database.connection().password(), progress);
    } else {
        snapshot(database, snapshotPath, progress);
    }
    QJsonObject head;
    {
        const Database taken = Database::open(snapshotPath);
        const AuditLog::Anchor anchor = AuditLog::headAnchor(taken.connection());
        head = { { u"id"_s, anchor.id }, { u"hash"_s, anchor.hash } };
    }
    removeSidecarFiles(snapshotPath);

    // Entries: the snapshot, then every stored attachment under files/.
    QList<std::pair<QString, QString>> entries { { kDatabaseEntry, snapshotPath } };
    const QString folder = database.engine() == StorageEngine::Postgresql ? attachmentFolderOf(snapshotPath)
                                                                           : attachmentFolder(database);
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.startsWith(u"incoming-"_s))
            continue; // a copy still being written by another process
        entries.append({ u"files/"_s + relative, path });
    }
    BackupSummary summary;
    QJsonArray manifestEntries;
    for (const auto& [name, path] : entries) {
        qint64 size = 0;
        const QString sha = sha256OfFile(path, &size);
        manifestEntries.append(QJsonObject { { u"path"_s, name }, { u"size"_s, size }, { u"sha256"_s, sha } });
        summary.bytes += size;
        summary.files += name.startsWith(u"files/"_s) ? 1 : 0;
    }
    const QJsonObject manifest { { u"format"_s, kFormat }, { u"version"_s, 1 },
        { u"created"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) }, { u"source"_s, database.path() },
        // The audit log's head in the snapshot: an anchor outside the register (issue 18).
        { u"audit_head"_s, head },
        { u"entries"_s, manifestEntries } };
    const QString manifestPath = work.filePath(kManifest);
    {
        QFile file(manifestPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(manifest).toJson()) < 0)
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(manifestPath));
    }

    const QString partial = zipPath + u".partial"_s;
    try {
        createPrivateFile(partial); // 0600 before the register's bytes go in
        std::ofstream out(QFile::encodeName(partial).constData(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(zipPath));
        Poco::Zip::Compress zip(out, true);
        zip.addFile(Poco::Path(QFile::encodeName(manifestPath).toStdString()), Poco::Path(kManifest.toStdString()));
        for (const auto& [name, path] : entries)
            zip.addFile(Poco::Path(QFile::encodeName(path).toStdString()), Poco::Path(name.toStdString()));
        zip.close();
        out.close();
        if (!out)
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(zipPath));
    } catch (const Poco::Exception& e) {
        QFile::remove(partial);
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot write %1: %2").arg(zipPath, QString::fromStdString(e.displayText())));
    } catch (...) {
        QFile::remove(partial);
        throw;
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partial, zipPath)) {
        QFile::remove(partial);
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write %1.").arg(zipPath));
    }
    return summary;
}

QString stageBackup(const QString& zipPath, const QString& folder)
{
    try {
        unpackBackup(zipPath, folder);
    } catch (const Poco::Exception&) {
        // Poco's words ("Assertion violation", "Bad CRC") tell a clerk nothing.
        damaged(zipPath, Tr::tr("the zip archive is damaged or cut short"));
    }
    const QDir work(folder);

    QFile manifestFile(work.filePath(kManifest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        damaged(zipPath, Tr::tr("it has no manifest.json"));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    if (manifest.value(u"format"_s).toString() != kFormat)
        damaged(zipPath, Tr::tr("its manifest is not an OGI Desk backup's"));
    QStringList listed;
    bool hasDatabase = false;
    for (const QJsonValue& value : manifest.value(u"entries"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(u"path"_s).toString();
        if (name.contains(u".."_s) || name.startsWith(u'/'))
            damaged(zipPath, Tr::tr("the entry \"%1\" points outside the backup").arg(name));
        qint64 size = -1;
        const QString sha = sha256OfFile(work.filePath(name), &size);
        if (sha.isEmpty())
            damaged(zipPath, Tr::tr("the entry \"%1\" is missing").arg(name));
        if (size != entry.value(u"size"_s).toInteger() || sha != entry.value(u"sha256"_s).toString())
            damaged(zipPath, Tr::tr("the entry \"%1\" has been changed or cut short").arg(name));
        listed << name;
        hasDatabase = hasDatabase || name == kDatabaseEntry;
    }
    if (!hasDatabase)
        damaged(zipPath, Tr::tr("it holds no database"));
    for (QDirIterator it(work.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString name = QDir(work.path()).relativeFilePath(it.next());
        if (name != kManifest && !listed.contains(name))
            damaged(zipPath, Tr::tr("the entry \"%1\" is not in its manifest").arg(name));
    }

    // The restored register must open (ours, not newer) and pass verify — its attachments
    // beside it, where verify looks — before it replaces anything.
    const QString restored = work.filePath(kDatabaseEntry);
    if (QFileInfo::exists(work.filePath(u"files"_s))
        && !QDir().rename(work.filePath(u"files"_s), restored + u".files"_s))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(work.path()));
    {
        const Database check = Database::open(restored);
        const QStringList findings = verifyDatabase(check);
        if (!findings.isEmpty())
            damaged(zipPath, findings.join(u"; "_s));
        // The head the backup was taken at, when its manifest names one, must be the snapshot's.
        const QJsonObject head = manifest.value(u"audit_head"_s).toObject();
        const AuditLog::Anchor anchor = AuditLog::headAnchor(check.connection());
        if (!head.isEmpty()
            && (anchor.id != head.value(u"id"_s).toInteger() || anchor.hash != head.value(u"hash"_s).toString()))
            damaged(zipPath, Tr::tr("its manifest names another audit log head than its register holds"));
    }
    removeSidecarFiles(restored);
    makeFilePrivate(restored);
    return restored;
}

RegisterCopyResult restoreIntoServer(
    const QString& zipPath, const RegisterLocation& target, const QString& actor, const QString& password)
{
    QTemporaryDir work;
    if (!work.isValid())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(QDir::tempPath()));
    const QString staged = stageBackup(zipPath, work.path());
    return copyRegister(RegisterLocation::parse(staged), target, actor, password);
}

} // namespace ogi
