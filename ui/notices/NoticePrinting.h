#pragma once

#include "print/NoticeLayout.h"

#include <QString>

class QWidget;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The families notices are printed in, from the office's settings (Noto CJK where the
// chosen ones are not installed).
print::NoticeFontFamilies noticeFontFamilies(const Database& database);

// Opens Qt's print preview of `html` (print from there); the pages are NoticeLayout's.
void showPrintPreview(const QString& html, const print::NoticeFontFamilies& fonts, print::PaperKind paper,
    const QString& title, QWidget* parent);

} // namespace ogi::ui
