#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ogi {

// One CSV field: quoted (with "" for ") when it holds a comma, a quote or a line break. Text
// Excel or WPS would run as a formula (starting with =, +, -, @, tab or CR, after any ') gets
// a ' in front (OWASP, CSV injection): shown as text, and taken off again by csvCellText().
QString csvField(const QString& text);

// A field as read back: the ' csvField() put before formula-like text taken off again.
QString csvCellText(const QString& field);

// One CSV record: each cell as csvField() writes it, comma separated, ended by CRLF.
QString csvLine(const QStringList& cells);

// CSV text as a file's bytes: UTF-8 with a byte order mark, so Excel and WPS on Chinese
// Windows read the Chinese.
QByteArray csvFileBytes(const QString& text);

// Splits CSV text as Excel and WPS write it (RFC 4180: fields in double quotes may hold
// commas, "" for a quote and line breaks) into records of fields. Tab separated when the first
// line has tabs and no commas. Line ends \r\n or \n; a last empty line is not a record. A
// quote left open runs to the end of the text (the caller sees one long field). Throws
// Error(InvalidInput) naming the limit when the text has more than `maxFields` fields (a file of
// commas would otherwise take gigabytes).
QList<QStringList> parseCsvRecords(const QString& text, qint64 maxFields = 10000000);

} // namespace ogi
