#include "RegisterRestore.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "audit/AuditWitness.h"
#include "backup/RegisterBackup.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/RegisterOpenLock.h"
#include "storage/WriteTransaction.h"
#include "storage/backup/BackupComparison.h"
#include "storage/backup/RegisterTables.h"
#include "users/Role.h"
#include "users/SignIn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RegisterRestore)
    };

    constexpr int kCasesNamed = 20;
    constexpr int kConflictsNamed = 3;

    QStringList userChanges(const QMap<QString, AccountSummary>& now, const QMap<QString, AccountSummary>& backup)
    {
        QStringList lines;
        for (auto it = backup.cbegin(); it != backup.cend(); ++it) {
            const auto was = now.constFind(it.key());
            if (was == now.cend())
                lines << Tr::tr("user %1 is added (roles: %2)").arg(it.key(), it->roles);
            else {
                if (was->roles != it->roles)
                    lines << Tr::tr("user %1: roles %2 become %3").arg(it.key(), was->roles, it->roles);
                if (was->active != it->active)
                    lines << (it->active ? Tr::tr("user %1 is enabled again").arg(it.key())
                                         : Tr::tr("user %1 is disabled").arg(it.key()));
            }
        }
        for (auto it = now.cbegin(); it != now.cend(); ++it)
            if (!backup.contains(it.key()))
                lines << Tr::tr("user %1 is removed").arg(it.key());
        return lines;
    }

    QStringList settingChanges(const QMap<QString, QString>& now, const QMap<QString, QString>& backup)
    {
        QStringList keys = now.keys() + backup.keys();
        keys.removeDuplicates();
        keys.sort();
        QStringList lines;
        for (const QString& key : std::as_const(keys)) {
            const QString a = now.value(key), b = backup.value(key);
            if (a == b)
                continue;
            // A sealed secret (the mail password) is named, never shown.
            if (a.startsWith(u"aes1:"_s) || b.startsWith(u"aes1:"_s))
                lines << Tr::tr("setting %1 changes (a secret, not shown)").arg(key);
            else
                lines << Tr::tr("setting %1: \"%2\" becomes \"%3\"").arg(key, a, b);
        }
        return lines;
    }

    // Compares the register there with the staged backup.
    void compare(const Database& current, const QString& staged, RestoreChanges& c)
    {
        const BackupComparison found = compareWithBackup(current.connection(), staged, kCasesNamed);
        c.casesNow = found.casesNow;
        c.casesInBackup = found.casesInBackup;
        c.casesGone = found.casesGone;
        c.casesGoneCount = found.casesGoneCount;
        c.casesAddedCount = found.casesAddedCount;
        c.users = userChanges(found.usersNow, found.usersInBackup);
        c.settings = settingChanges(found.settingsNow, found.settingsInBackup);
        c.auditRowsNow = found.auditRowsNow;
        c.auditRowsInBackup = found.auditRowsInBackup;
        // One history or two: where both logs have a row, it must be the same row.
        if (found.firstAuditRowDiffering)
            c.anchorConflicts << Tr::tr("audit log row %1 of the backup is not the register's row %1: the backup "
                                        "holds another history than this register's")
                                     .arg(*found.firstAuditRowDiffering);
    }
} // namespace

QStringList RestoreChanges::describe() const
{
    QStringList lines;
    if (!replacesRegister) {
        lines << Tr::tr("Nothing is at the target yet: the backup becomes a new register (%n case(s)).", nullptr,
            int(casesInBackup));
        return lines;
    }
    if (!registerReadable) {
        lines << Tr::tr("The register there cannot be opened (damaged); it is kept aside and the backup (%n case(s)) "
                        "takes its place.",
            nullptr, int(casesInBackup));
        return lines;
    }
    lines << Tr::tr("Cases: %1 now, %2 in the backup.").arg(casesNow).arg(casesInBackup);
    if (casesGoneCount > 0)
        lines << Tr::tr("%n case(s) recorded since the backup are not in it and leave the register: %1", nullptr,
            int(casesGoneCount))
                     .arg(casesGone.join(u", "_s) + (casesGoneCount > casesGone.size() ? u" …"_s : QString()));
    if (casesAddedCount > 0)
        lines << Tr::tr("%n case(s) in the backup are not in the register now.", nullptr, int(casesAddedCount));
    lines << Tr::tr("Audit log: %1 rows now, %2 in the backup.").arg(auditRowsNow).arg(auditRowsInBackup);
    for (const QString& line : users)
        lines << line;
    for (const QString& line : settings)
        lines << line;
    if (users.isEmpty() && settings.isEmpty())
        lines << Tr::tr("Users, roles and settings: the same.");
    for (const QString& line : anchorConflicts)
        lines << Tr::tr("Refused unless overridden: %1").arg(line);
    return lines;
}

struct RegisterRestore::Staged
{
    QString zipPath, dbPath, staged;
    std::unique_ptr<QTemporaryDir> work;
    RestoreChanges changes;
};

RegisterRestore::RegisterRestore(const QString& zipPath, const QString& dbPath)
    : d(std::make_unique<Staged>())
{
    d->zipPath = zipPath;
    d->dbPath = QFileInfo(dbPath).absoluteFilePath();
    const QString folder = QFileInfo(d->dbPath).absolutePath();
    d->work = std::make_unique<QTemporaryDir>(folder + u"/.ogi-restore-XXXXXX"_s);
    if (!d->work->isValid())
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot write in %1.").arg(folder));
    d->staged = stageBackup(zipPath, d->work->path());

    RestoreChanges& c = d->changes;
    c.replacesRegister = QFileInfo::exists(d->dbPath);
    std::optional<Database> current;
    if (c.replacesRegister) {
        try {
            current.emplace(Database::open(d->dbPath));
        } catch (const Error& error) {
            if (error.code() != ErrorCode::Corrupt && error.code() != ErrorCode::NotFound
                && error.code() != ErrorCode::NotOurFile)
                throw;
        }
    }
    c.registerReadable = current.has_value();
    {
        const Database staged = Database::open(d->staged);
        c.casesInBackup = tableRowCount(staged.connection(), u"cases"_s);
        // The anchors this computer saw that the backup's history covers must be in it.
        const AuditLog::Anchor head = AuditLog::headAnchor(staged.connection());
        c.anchorConflicts
            = AuditWitness::disagreements(staged.connection(), d->dbPath, head.id).mid(0, kConflictsNamed);
    }
    if (current)
        compare(*current, d->staged, c);
}

RegisterRestore::~RegisterRestore() = default;

const RestoreChanges& RegisterRestore::changes() const { return d->changes; }

QString RegisterRestore::replace(const QString& login, const QString& password, bool overrideAnchors)
{
    const RestoreChanges& c = d->changes;
    QString actor = login.trimmed();
    if (c.registerReadable) {
        const Database current = Database::open(d->dbPath);
        const UserAccount by = SignIn(current).signIn(login, password);
        if (!by.holds(Role::Administrator))
            throw Error(ErrorCode::Refused,
                Tr::tr("Only an administrator of %1 may replace it with a backup; %2 is not one.")
                    .arg(d->dbPath, by.login));
        actor = by.login;
    }
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USER", u"system"_s);
    if (!c.anchorConflicts.isEmpty() && !overrideAnchors)
        throw Error(ErrorCode::Refused,
            Tr::tr("The backup %1 does not continue the history of %2: %3. Restore it only if you know why, with "
                   "the override (it is recorded).")
                .arg(d->zipPath, d->dbPath, c.anchorConflicts.join(u"; "_s)));

    std::optional<RegisterOpenLock> lock = RegisterOpenLock::exclusive(d->dbPath);
    if (!lock)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 is open in another program (OGI Desk or ogi). Close it there, then restore again; nothing "
                   "was replaced.")
                .arg(d->dbPath));

    const QString kept = c.replacesRegister
        ? d->dbPath + u".replaced-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)
        : QString();
    AuditLog::Anchor restoredHead;
    {
        // The restored register arrives with the record of its restore.
        const Database staged = Database::open(d->staged);
        WriteTransaction transaction(staged.connection());
        QJsonArray conflicts;
        for (const QString& line : c.anchorConflicts)
            conflicts.append(line);
        AuditLog::append(staged.connection(),
            { actor, overrideAnchors && !c.anchorConflicts.isEmpty() ? u"register.restore_override"_s
                                                                      : u"register.restore"_s,
                QFileInfo(d->zipPath).fileName(),
                auditDetails({ { u"backup"_s, QFileInfo(d->zipPath).absoluteFilePath() }, { u"kept_as"_s, kept },
                    { u"cases_before"_s, c.casesNow }, { u"cases_after"_s, c.casesInBackup },
                    { u"conflicts"_s, conflicts } }) },
            QDateTime::currentDateTimeUtc());
        transaction.commit();
        restoredHead = AuditLog::headAnchor(staged.connection());
    }
    removeSidecarFiles(d->staged);

    if (c.replacesRegister) {
        if (!QFile::rename(d->dbPath, kept))
            throw Error(ErrorCode::NotWritable, Tr::tr("Cannot move %1 aside.").arg(d->dbPath));
        for (const char* suffix : { "-wal", "-shm" })
            QFile::rename(d->dbPath + QLatin1String(suffix), kept + QLatin1String(suffix));
        if (QFileInfo::exists(d->dbPath + u".files"_s))
            QFile::rename(d->dbPath + u".files"_s, kept + u".files"_s);
    }
    if (!QFile::rename(d->staged, d->dbPath))
        throw Error(ErrorCode::NotWritable, Tr::tr("Cannot move the restored register to %1.").arg(d->dbPath));
    if (QFileInfo::exists(d->staged + u".files"_s) && !QDir().rename(d->staged + u".files"_s, d->dbPath + u".files"_s))
        throw Error(
            ErrorCode::NotWritable, Tr::tr("Cannot move the restored attachments to %1.files.").arg(d->dbPath));
    AuditWitness::restart(d->dbPath, restoredHead);
    return kept;
}

} // namespace ogi
