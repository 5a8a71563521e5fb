#pragma once

#include <QString>

#include <optional>

namespace ogi {

// Whether a typed field may hold line breaks and tabs (a description, a note) or is one line
// (a name, a number, an address).
enum class TextLines { Single, Multi };

// The longest text a field of each kind keeps: a name or an address is a line, a description
// or a note a few pages (anything longer belongs in an attachment).
inline constexpr int kMaxLineLength = 500;
inline constexpr int kMaxMultiLineLength = 20000;

// What is wrong with `text` as the field `label` ("申请人姓名") holds it, or nullopt when it
// may be stored: a control character (NUL, ESC, …; a line break or tab only where `lines` is
// Multi, CR only before LF) at a 1-based position, or more characters than the field keeps.
// Stored text is printed on terminals and written into spreadsheets: what cannot be typed
// into a form is refused rather than carried along.
std::optional<QString> textFieldProblem(const QString& text, const QString& label, TextLines lines);

// `text` with every control character but \n and \t replaced by a visible mark (␀-style
// symbols for C0, U+FFFD otherwise), so text stored by an older version can be printed on a
// terminal without its escape sequences running; `singleLine` marks \n and \t too.
QString printableText(const QString& text, bool singleLine = false);

} // namespace ogi
