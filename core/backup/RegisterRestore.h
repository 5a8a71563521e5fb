#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace ogi {

// What replacing the register with a backup changes, shown before anything is replaced.
struct RestoreChanges
{
    bool replacesRegister = false; // false: nothing is at the target yet
    bool registerReadable = false; // the register there opens (else it is damaged)
    qint64 casesNow = 0;
    qint64 casesInBackup = 0;
    QStringList casesGone; // case numbers in the register now and not in the backup (the first 20)
    qint64 casesGoneCount = 0;
    qint64 casesAddedCount = 0; // in the backup and not in the register now
    QStringList users; // one translated line per account added, removed, (de)activated or re-roled
    QStringList settings; // one translated line per setting changed ("key: old → new"; secrets unnamed)
    qint64 auditRowsNow = 0;
    qint64 auditRowsInBackup = 0;
    // Translated lines where the backup's audit chain disagrees with the register's or with
    // the anchors this computer recorded (AuditWitness): a history other than this register's.
    QStringList anchorConflicts;

    // All of the above as lines for a person deciding.
    QStringList describe() const;
};

// A backup unpacked and checked beside the register it would replace (issue 18):
//   RegisterRestore restore(zip, target);   // stageBackup: refused if damaged or not clean
//   show restore.changes();                 // what replacing changes
//   restore.replace(login, password, false); // an administrator of the register there
class RegisterRestore
{
public:
    // Throws Error(Corrupt) naming what is wrong with the backup (see stageBackup) and
    // Error(NotWritable) when the target's folder cannot be written. Nothing is replaced.
    RegisterRestore(const QString& zipPath, const QString& dbPath);
    ~RegisterRestore();
    RegisterRestore(const RegisterRestore&) = delete;
    RegisterRestore& operator=(const RegisterRestore&) = delete;

    const RestoreChanges& changes() const;

    // Puts the backup in place. Over a register that opens, `login` must sign in to that
    // register with `password` and hold the administrator role (Error(Refused) otherwise, its
    // failures counted as any sign-in's). Refused while any program has the register open,
    // and while changes().anchorConflicts is not empty unless `overrideAnchors`. The restore,
    // who made it and any override are recorded in the restored register's audit log. The
    // register that was there is kept as "<dbPath>.replaced-<yyyyMMdd-HHmmss>" (returned;
    // empty when there was none).
    QString replace(const QString& login, const QString& password, bool overrideAnchors);

private:
    struct Staged;
    std::unique_ptr<Staged> d;
};

} // namespace ogi
