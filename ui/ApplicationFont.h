#pragma once

class QApplication;

namespace ogi::ui {

// Sets Simplified Chinese font families first (Noto Sans CJK SC, then common Windows and
// 信创 desktop fonts): under LANG=C.UTF-8 Qt would otherwise fall back to Noto Sans CJK JP
// and draw Chinese with Japanese glyph forms.
void applyChineseFont(QApplication& app);

} // namespace ogi::ui
