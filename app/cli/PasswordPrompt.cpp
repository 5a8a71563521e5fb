#include "PasswordPrompt.h"

#include "CliContext.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::PasswordPrompt)
    };

    QString askWithoutEcho(const QString& prompt)
    {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        termios saved {};
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
        return QString::fromLocal8Bit(line.c_str());
    }
} // namespace

QString readPassword(const char* variable, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!isatty(STDIN_FILENO))
        throw UsageError { Tr::tr("no password: set %1 or run the command in a terminal").arg(QLatin1String(variable)) };
    const QString password = askWithoutEcho(prompt);
    if (confirm && askWithoutEcho(Tr::tr("Repeat the password: ")) != password)
        throw UsageError { Tr::tr("the two passwords differ") };
    return password;
}

} // namespace ogi::cli
