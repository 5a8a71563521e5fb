#include "DatabaseFile.h"

#include "Error.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DatabaseFile)
    };

    quint32 bigEndian32(const QByteArray& bytes, int offset)
    {
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    }

    // Write permission as the mode bits say, not as access() says: root may write anywhere,
    // but a file or folder someone marked read-only must still be treated as read-only.
    bool markedWritable(const QFileInfo& info) { return info.permission(QFileDevice::WriteOwner) && info.isWritable(); }

    void requireWritableFolder(const QString& path, const QFileInfo& folder)
    {
        if (!folder.exists())
            throw Error(ErrorCode::NotWritable,
                Tr::tr("Cannot use %1: the folder %2 does not exist.").arg(path, folder.filePath()));
        if (!folder.isDir())
            throw Error(
                ErrorCode::NotWritable, Tr::tr("Cannot use %1: %2 is not a folder.").arg(path, folder.filePath()));
        if (!markedWritable(folder))
            throw Error(ErrorCode::NotWritable,
                Tr::tr("Cannot use %1: the folder %2 is read-only (the database needs to write its journal "
                       "beside the file).")
                    .arg(path, folder.filePath()));
    }
} // namespace

DatabaseFileKind inspectDatabaseFile(const QString& path)
{
    const QFileInfo info(path);
    requireWritableFolder(path, QFileInfo(info.absolutePath()));
    if (!info.exists())
        return DatabaseFileKind::Missing;
    if (!info.isFile())
        throw Error(ErrorCode::NotOurFile, Tr::tr("Cannot open %1: it is not a regular file.").arg(path));
    if (!info.isReadable())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot open %1: the file cannot be read.").arg(path));
    if (!markedWritable(info))
        throw Error(ErrorCode::NotWritable,
            Tr::tr("Cannot open %1: the file is read-only. OGI Desk needs to write to it.").arg(path));
    if (info.size() == 0)
        return DatabaseFileKind::Empty;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        throw Error(ErrorCode::NotOurFile,
            Tr::tr("Cannot open %1: it is not an OGI Desk database (not an SQLite file).").arg(path));
    // The header's application_id is written before the file is ever put in WAL mode, so it is
    // always current in the main file.
    if (bigEndian32(header, 68) != quint32(kApplicationId))
        throw Error(ErrorCode::NotOurFile,
            Tr::tr("Cannot open %1: it is an SQLite database of another program, not an OGI Desk database.").arg(path));
    // A file shorter than the pages its header counts was cut off (a copy that did not
    // finish, a full disk): every later read would hit the hole. Not so while a write-ahead
    // log is pending: a checkpoint interrupted by a crash can leave page 1 counting pages the
    // file does not have yet, and opening replays the log (the crash test found this).
    const QFileInfo wal(path + u"-wal");
    const bool walPending = wal.exists() && wal.size() > 0;
    const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const bool sizeFieldValid = bigEndian32(header, 92) == bigEndian32(header, 24);
    if (sizeFieldValid && !walPending && info.size() < pageSize * qint64(bigEndian32(header, 28)))
        throw Error(ErrorCode::Corrupt,
            Tr::tr("Cannot open %1: the file is damaged (it is shorter than its header says: cut off). Restore it "
                   "from a backup.")
                .arg(path));
    return DatabaseFileKind::Ours;
}

void removeSidecarFiles(const QString& path)
{
    for (const QString& suffix : { u"-wal"_s, u"-shm"_s, u"-lock"_s })
        QFile::remove(path + suffix);
}

int databaseFileSchemaVersion(const QString& path)
{
    static QAtomicInteger<int> serial;
    const QString name = u"ogi-schema-version-%1"_s.arg(serial.fetchAndAddRelaxed(1));
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace ogi
