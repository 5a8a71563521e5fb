#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace ogi {

// Qt's PDF writer builds a font's text layer (its ToUnicode map) from the font's own
// character map, taking the lowest code point that shows a glyph. Noto CJK draws 人 and the
// Kangxi radical ⼈ (U+2F08) with one glyph, so copy, search and screen readers get ⼈ for
// 人 (also 月, 日, 民, 十, 工 ...). This rewrites the text layer of such a PDF.
//
// Returns `pdf` with every ToUnicode destination code point found in `replacements`
// replaced by its value (a range that covers one is written out entry by entry), the
// stream lengths and the cross-reference table brought up to date, and, when `created` is
// valid, /CreationDate set to it (so a reprint of a stored notice is byte for byte the
// same). Throws Error(Internal) when the file is not laid out as Qt writes it (one xref
// section, uncompressed ToUnicode streams).
QByteArray rewritePdfTextLayer(
    const QByteArray& pdf, const QHash<char16_t, char16_t>& replacements, const QDateTime& created = {});

} // namespace ogi
