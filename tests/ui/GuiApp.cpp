#include "TestApp.h"

#include "ApplicationFont.h"

#include <QApplication>

namespace ogi::test {

void ensureGuiApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ogi-ui-tests";
    static char* argv[] = { name, nullptr };
    auto* app = new QApplication(argc, argv);
    ui::applyChineseFont(*app);
}

} // namespace ogi::test
