#include "TestApp.h"

#include <QCoreApplication>

namespace ogi::test {

void ensureCoreApp()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ogi-tests";
    static char* argv[] = { name, nullptr };
    new QCoreApplication(argc, argv);
}

} // namespace ogi::test
