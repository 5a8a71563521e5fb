#pragma once

#include <QString>

namespace ogi {

// 统一社会信用代码 under GB 32100-2015: 18 characters from the 31-character set
// 0-9 A-H J-N P-R T U W-Y (no I, O, S, V, Z); the last is a check character computed with
// weights 3^i mod 31.
enum class CreditCodeProblem {
    None,
    WrongLength,
    BadCharacter, // a character outside the code's alphabet
    BadRegion, // positions 3-8 (administrative division code) are not all digits
    BadCheckCharacter,
};

// The check character for the first 17 characters (which must be from the alphabet).
QChar creditCodeCheckCharacter(QStringView first17);

// Checks `code` (lower case accepted).
CreditCodeProblem checkCreditCode(const QString& code);

// The code as stored: trimmed, upper case.
QString normaliseCreditCode(const QString& code);

QString describe(CreditCodeProblem problem);

} // namespace ogi
