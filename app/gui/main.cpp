#include "ApplicationFont.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "MainWindow.h"
#include "MessageBoxLog.h"
#include "PrivateFileMode.h"
#include "audit/AuditWitness.h"
#include "exchange/AutomaticBackup.h"
#include "i18n/Translations.h"
#include "log/LogFile.h"
#include "progress/WorkProgressDialog.h"
#include "session/FirstRunDialog.h"
#include "session/LoginDialog.h"
#include "storage/Database.h"
#include "users/SignIn.h"
#include "users/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>

#include <cstdio>
#include <exception>
#include <new>

using namespace Qt::StringLiterals;

namespace {

// What went wrong, said in a message box instead of an abort (MessageBoxLog logs it): for
// anything that escapes an event handler or main() itself.
void showFailure(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OGI Desk"), message);
}

QString failureText(std::exception_ptr failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const ogi::Error& error) {
        return error.message();
    } catch (const std::bad_alloc&) {
        return QCoreApplication::translate(
            "main", "OGI Desk ran out of memory (a file too large or damaged?). The step that failed was not saved.");
    } catch (const std::exception& error) {
        return QCoreApplication::translate("main", "Internal error: %1").arg(QString::fromLocal8Bit(error.what()));
    } catch (...) {
        return QCoreApplication::translate("main", "Internal error of unknown kind.");
    }
}

// An exception thrown in a slot would otherwise unwind through Qt (undefined behaviour) and
// end the program; here it becomes a message and the window stays.
class DeskApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (...) {
            showFailure(failureText(std::current_exception()));
            return false;
        }
    }
};

} // namespace

int main(int argc, char* argv[])
{
    ogi::denyOthersByDefault();
    DeskApplication app(argc, argv);
    QApplication::setOrganizationName(u"ogi-desk"_s); // settings in ~/.config/ogi-desk/ogi-desk.conf
    QApplication::setApplicationName(u"ogi-desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(OGI_VERSION));
    QApplication::setDesktopFileName(u"cn.ogidesk.OgiDesk"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"cn.ogidesk.OgiDesk"_s));
    ogi::log::openLogFile();
    ogi::AuditWitness::recordOnEveryClose(); // the audit head, outside the register, at every close
    app.installEventFilter(new ogi::ui::MessageBoxLog(&app));
    // The language chosen in Settings, else the system's (Chinese unless English).
    const QString chosen = QSettings().value(u"ui/language"_s).toString();
    ogi::installTranslations(app,
        chosen == u"en"          ? QLocale(QLocale::English, QLocale::UnitedStates)
            : chosen == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                 : QLocale::system());
    ogi::ui::applyChineseFont(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "OGI Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "OGI Desk: register of applications for government information"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        QCoreApplication::translate("main", "Register to open: a file, or postgresql://user@host:port/database."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption quitOption(
        u"quit-after-start"_s, QCoreApplication::translate("main", "Show the main window, then quit (smoke test)."));
    const QCommandLineOption userOption(u"user"_s,
        QCoreApplication::translate("main", "Sign in as this user (with OGI_PASSWORD set: without the dialog)."),
        QCoreApplication::translate("main", "login"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(quitOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : ogi::gui::defaultDatabasePath();
    ogi::log::info(u"ogi-desk %1 started on %2"_s.arg(QStringLiteral(OGI_VERSION), path));
    try {
        // A register from an older version is migrated on opening; on a large register that
        // takes a while, and stopping it leaves the file as it was.
        // The dialog lives only while the file is opened, so it cannot pop up later.
        const ogi::Database database = [&path] {
            ogi::ui::WorkProgressDialog upgrade(
                QCoreApplication::translate("main", "Updating the register %1 for this version of OGI Desk…")
                    .arg(path));
            // A server that wants a password none was given for (OGI_DB_PASSWORD, ~/.pgpass)
            // asks for it here; a wrong one is said and asked again.
            QString password;
            for (int attempt = 0;; ++attempt) {
                try {
                    return ogi::Database::open(path, ogi::OpenMode::CreateIfMissing, &upgrade, password);
                } catch (const ogi::Error& error) {
                    const bool asks = error.code() == ogi::ErrorCode::PasswordNeeded
                        || (error.code() == ogi::ErrorCode::Refused && !password.isEmpty());
                    if (!asks || attempt == 3)
                        throw;
                    bool given = false;
                    password = QInputDialog::getText(nullptr,
                        QCoreApplication::translate("main", "Password for the register's server"),
                        (attempt > 0 ? error.message() + u"\n\n"_s : QString())
                            + QCoreApplication::translate("main", "Password for %1:").arg(path),
                        QLineEdit::Password, QString(), &given);
                    if (!given)
                        throw ogi::Error(ogi::ErrorCode::Cancelled,
                            QCoreApplication::translate("main", "No password was given for %1: nothing was opened.")
                                .arg(path));
                }
            }
        }();
        // First run: the administrator chooses their own password; there is no default one.
        ogi::UserAccount user;
        bool firstRun = false;
        if (ogi::UserRepository(database).isEmpty()) {
            ogi::ui::FirstRunDialog dialog(database);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            // They have just chosen the password: signed in with it (audited as any sign-in),
            // not asked for it again.
            user = ogi::SignIn(database).signIn(dialog.administrator().login, dialog.passwordEdit()->text());
            firstRun = true;
        }
        const QString login = parser.value(userOption);
        if (!firstRun) {
            if (!login.isEmpty() && qEnvironmentVariableIsSet("OGI_PASSWORD")) {
                user = ogi::SignIn(database).signIn(login, qEnvironmentVariable("OGI_PASSWORD"));
            } else {
                ogi::ui::LoginDialog dialog(database, login);
                if (dialog.exec() != QDialog::Accepted)
                    return 0;
                user = dialog.user();
            }
        }
        ogi::log::info(u"ogi-desk: %1 signed in"_s.arg(user.login));
        ogi::ui::MainWindow window(database, user);
        window.show();
        if (parser.isSet(quitOption))
            return 0;
        if (firstRun)
            QMessageBox::information(
                &window, QCoreApplication::translate("main", "OGI Desk"), ogi::ui::FirstRunDialog::nextStepsText());
        const int status = QApplication::exec();
        ogi::ui::takeAutomaticBackup(database);
        return status;
    } catch (...) {
        showFailure(failureText(std::current_exception()));
        return 1;
    }
}
