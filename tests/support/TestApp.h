#pragma once

namespace ogi::test {

// Qt Sql needs a QCoreApplication to load the QSQLITE plugin; widget tests need a
// QApplication. Catch2's prebuilt main creates neither, so tests call these first. The
// application object lives until the process ends.
void ensureCoreApp();
void ensureGuiApp(); // defined in ui tests' support (links Qt6::Widgets)

} // namespace ogi::test
