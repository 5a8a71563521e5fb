#include "TestApp.h"

#include "ApplicationFont.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace ogi::test {

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    // Window geometry and column widths go to a folder of this run, not to the user's.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    static int argc = 1;
    static char name[] = "ogi-ui-tests";
    static char* argv[] = { name, nullptr };
    auto* app = new QApplication(argc, argv);
    ui::applyChineseFont(*app);
}

} // namespace ogi::test
