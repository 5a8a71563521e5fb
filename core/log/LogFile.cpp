#include "LogFile.h"

#include "Error.h"
#include "PrivateFileMode.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ogi::log {

namespace {
    // Set once the file is open; a logger of its own so that Poco's default console
    // channel never prints into the CLI's output.
    Poco::Logger* g_logger = nullptr;

    void write(Poco::Message::Priority priority, const QString& message)
    {
        if (!g_logger)
            return;
        try {
            g_logger->log(Poco::Message(g_logger->name(), message.toStdString(), priority));
        } catch (const Poco::Exception&) {
            // A full disk must not turn a successful action into a failed one.
        }
    }
} // namespace

QString defaultLogPath()
{
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + u"/.local/state"_s;
    return state + u"/ogi-desk/ogi-desk.log"_s;
}

bool openLogFile(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    try {
        // The log names people and cases: private to its owner (issue 18). Poco appends to it.
        if (!QFileInfo::exists(path))
            createPrivateFile(path);
        else
            makeFilePrivate(path);
    } catch (const Error&) {
        return false;
    }
    try {
        Poco::AutoPtr<Poco::FileChannel> file(new Poco::FileChannel(QFile::encodeName(path).toStdString()));
        file->setProperty(Poco::FileChannel::PROP_ROTATION, "1 M");
        file->setProperty(Poco::FileChannel::PROP_ARCHIVE, "number");
        file->setProperty(Poco::FileChannel::PROP_PURGECOUNT, "5");
        file->setProperty(Poco::FileChannel::PROP_TIMES, "local");
        file->open();
        Poco::AutoPtr<Poco::PatternFormatter> pattern(new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S %q [%P] %t"));
        pattern->setProperty(Poco::PatternFormatter::PROP_TIMES, "local");
        Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(pattern, file));
        Poco::Logger& logger = Poco::Logger::get("ogi-desk");
        logger.setChannel(channel);
        logger.setLevel(Poco::Message::PRIO_INFORMATION);
        g_logger = &logger;
        return true;
    } catch (const Poco::Exception&) {
        return false;
    }
}

void info(const QString& message) { write(Poco::Message::PRIO_INFORMATION, message); }
void warning(const QString& message) { write(Poco::Message::PRIO_WARNING, message); }
void error(const QString& message) { write(Poco::Message::PRIO_ERROR, message); }

} // namespace ogi::log
