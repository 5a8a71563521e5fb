#pragma once

#include <QDate>
#include <QString>

namespace ogi {

// 居民身份证号码 under GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
// sequence, check character (0-9 or X) computed with ISO 7064 MOD 11-2.
enum class IdNumberProblem {
    None,
    WrongLength, // not 18 characters (15-digit first-generation numbers included)
    BadCharacter, // a non-digit among the first 17, or a check character other than 0-9/X
    BadRegion, // the first two digits name no province-level region
    BadBirthDate, // positions 7-14 are not a real date, or the date lies after `today`
    BadCheckDigit, // the 18th character does not match the other 17
};

// The check character GB 11643 prescribes for the first 17 digits ('0'-'9' or 'X').
QChar residentIdCheckCharacter(QStringView first17);

// Checks `number` (lower-case x accepted). `today` bounds the birth date.
IdNumberProblem checkResidentIdNumber(const QString& number, const QDate& today);

// The number as stored: trimmed, upper-case X.
QString normaliseResidentIdNumber(const QString& number);

// A translated sentence naming the problem, for messages beside the field.
QString describe(IdNumberProblem problem);

} // namespace ogi
