#include "ApplicationFont.h"
#include "DatabaseLocation.h"
#include "Error.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"ogi-desk"_s);
    QApplication::setApplicationVersion(QStringLiteral(OGI_VERSION));
    ogi::installTranslations(app);
    ogi::ui::applyChineseFont(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "OGI Desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "OGI Desk: register of applications for government information"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QCoreApplication::translate("main", "Database file to open."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption quitOption(u"quit-after-start"_s,
        QCoreApplication::translate("main", "Show the main window, then quit (smoke test)."));
    parser.addOption(dbOption);
    parser.addOption(quitOption);
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : ogi::gui::defaultDatabasePath();
    try {
        const ogi::Database database = ogi::Database::open(path, ogi::OpenMode::CreateIfMissing);
        ogi::ui::MainWindow window(database);
        window.show();
        if (parser.isSet(quitOption))
            return 0;
        return QApplication::exec();
    } catch (const ogi::Error& error) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "OGI Desk"), error.message());
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
