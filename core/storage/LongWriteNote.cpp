#include "LongWriteNote.h"

#include "SavedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::LongWriteNote)
    };

    bool processGone(qint64 pid) { return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH; }
} // namespace

QString LongWriteNote::notePath(const QString& registerPath) { return registerPath + u"-writer"_s; }

LongWriteNote::LongWriteNote(const QString& registerPath, const QString& login, const QString& what)
    : m_path(notePath(registerPath))
    , m_login(login)
    , m_what(what)
    , m_since(QDateTime::currentDateTime())
{
    write();
}

LongWriteNote::~LongWriteNote() { QFile::remove(m_path); }

void LongWriteNote::progress(qint64 done, qint64 total)
{
    const bool first = m_total < 0;
    m_done = done;
    m_total = total;
    // Once a second is enough for a person reading it, and costs the write nothing.
    if (first || m_written.elapsed() >= 1000)
        write();
}

void LongWriteNote::write()
{
    QJsonObject note { { u"login"_s, m_login }, { u"what"_s, m_what }, { u"host"_s, QSysInfo::machineHostName() },
        { u"pid"_s, qint64(::getpid()) }, { u"since"_s, m_since.toString(Qt::ISODate) } };
    if (m_total >= 0) {
        note.insert(u"done"_s, m_done);
        note.insert(u"total"_s, m_total);
    }
    saveFile(m_path, QJsonDocument(note).toJson(QJsonDocument::Compact));
    m_written.start();
}

std::optional<QString> LongWriteNote::describe(const QString& registerPath)
{
    QFile file(notePath(registerPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject note = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    const QString login = note.value(u"login"_s).toString();
    const QString host = note.value(u"host"_s).toString();
    const qint64 pid = note.value(u"pid"_s).toInteger();
    if (login.isEmpty() || (host == QSysInfo::machineHostName() && processGone(pid)))
        return std::nullopt;
    const QDateTime since = QDateTime::fromString(note.value(u"since"_s).toString(), Qt::ISODate);
    const QLocale locale;
    QString text = Tr::tr("%1 is %2 on host %3 (process %4) since %5")
                       .arg(login, note.value(u"what"_s).toString(), host, QString::number(pid),
                           since.date() == QDate::currentDate() ? since.toString(u"HH:mm:ss"_s)
                                                                : since.toString(u"yyyy-MM-dd HH:mm"_s));
    if (note.contains(u"total"_s))
        text += Tr::tr("; %1 of %2 rows done")
                    .arg(locale.toString(note.value(u"done"_s).toInteger()),
                        locale.toString(note.value(u"total"_s).toInteger()));
    return text;
}

} // namespace ogi
