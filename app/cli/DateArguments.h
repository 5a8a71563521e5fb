#pragma once

#include <QDate>
#include <QString>

// Command-line values that must be real dates or bounded numbers; a bad one is a
// UsageError (exit 2) naming the option and the value.
namespace ogi::cli {

// `text` as a YYYY-MM-DD date that exists (2026-02-30 does not).
QDate parseDateArgument(const QString& what, const QString& text);

// As parseDateArgument, but an empty `text` (option absent) gives an invalid QDate.
QDate parseOptionalDateArgument(const QString& what, const QString& text);

// `text` as a whole number in [min, max].
int parseNumberArgument(const QString& what, const QString& text, int min, int max);

} // namespace ogi::cli
