#include "AuditWitness.h"

#include "Error.h"
#include "Sha256.h"
#include "SavedFile.h"
#include "Timestamps.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ogi::AuditWitness {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::AuditWitness)
    };

    constexpr int kKept = 200;
    constexpr int kNamed = 3;

    bool write(const QString& registerPath, const QList<Seen>& list)
    {
        QJsonArray anchors;
        for (const Seen& s : list.mid(qMax(0, int(list.size()) - kKept)))
            anchors.append(QJsonObject {
                { u"id"_s, s.anchor.id }, { u"hash"_s, s.anchor.hash }, { u"at"_s, isoTimestamp(s.at) } });
        const QString path = witnessPath(registerPath);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        try {
            saveFile(path,
                QJsonDocument(QJsonObject { { u"register"_s, QFileInfo(registerPath).absoluteFilePath() },
                                  { u"anchors"_s, anchors } })
                    .toJson());
            return true;
        } catch (const Error&) {
            return false;
        }
    }
} // namespace

QString witnessPath(const QString& registerPath)
{
    const QString absolute = QFileInfo(registerPath).absoluteFilePath();
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/ogi-desk/witness/"_s
        + sha256Hex(absolute.toUtf8()).left(16) + u".json"_s;
}

void recordOnEveryClose()
{
    Database::setCloseObserver([](const Database& database) {
        record(database.path(), AuditLog::headAnchor(database.connection()));
    });
}

QList<Seen> seen(const QString& registerPath)
{
    QFile file(witnessPath(registerPath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Seen> list;
    for (const QJsonValue& value : QJsonDocument::fromJson(file.read(4 << 20)).object().value(u"anchors"_s).toArray()) {
        const QJsonObject o = value.toObject();
        list.append({ { o.value(u"id"_s).toInteger(), o.value(u"hash"_s).toString() },
            parseIsoTimestamp(o.value(u"at"_s).toString()) });
    }
    return list;
}

bool record(const QString& registerPath, const AuditLog::Anchor& anchor)
{
    // A backup's or restore's staging copy is not a register anyone works in.
    if (registerPath.contains(u"/.ogi-restore-"_s) || registerPath.contains(u"/.ogi-backup-"_s))
        return true;
    QList<Seen> list = seen(registerPath);
    if (!list.isEmpty() && list.last().anchor.id == anchor.id && list.last().anchor.hash == anchor.hash)
        return true; // nothing written since
    list.append({ anchor, QDateTime::currentDateTimeUtc() });
    return write(registerPath, list);
}

void restart(const QString& registerPath, const AuditLog::Anchor& restoredHead)
{
    QList<Seen> list = seen(registerPath);
    // The restored head is a new row (the restore's record): whatever was seen from that row on is
    // a history the office chose to leave.
    list.removeIf([&](const Seen& s) { return s.anchor.id >= restoredHead.id; });
    list.append({ restoredHead, QDateTime::currentDateTimeUtc() });
    write(registerPath, list);
}

QStringList disagreements(const QSqlDatabase& db, const QString& registerPath, qint64 upToId)
{
    QStringList lines;
    const QList<Seen> list = seen(registerPath);
    for (auto it = list.crbegin(); it != list.crend() && lines.size() < kNamed; ++it) {
        if (it->anchor.id == 0 || it->anchor.id > upToId)
            continue;
        const QString hash = AuditLog::hashAt(db, it->anchor.id);
        if (hash == it->anchor.hash)
            continue;
        lines << (hash.isEmpty()
                ? Tr::tr("audit log row %1, seen here on %2, is gone (the history was cut back or deleted)")
                : Tr::tr("audit log row %1 differs from the one seen here on %2 (the history was rewritten)"))
                     .arg(it->anchor.id)
                     .arg(QLocale().toString(it->at.toLocalTime(), QLocale::ShortFormat));
    }
    return lines;
}

} // namespace ogi::AuditWitness
