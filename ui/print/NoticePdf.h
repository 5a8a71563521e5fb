#pragma once

#include "notices/IssuedNotice.h"
#include "print/NoticeLayout.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ogi {
class Database;
}

namespace ogi::print {

// A notice as PDF: laid out by NoticeLayout, fonts embedded, and a text layer that gives
// back the notice's own characters (rewritePdfTextLayer: no Kangxi radicals for 人, 日 ...).
// `created` becomes the PDF's creation date, so the PDF of a stored notice is the same
// bytes every time it is printed. Throws Error(Internal) if Qt's PDF cannot be corrected.
QByteArray noticePdf(const QString& html, const NoticeFontFamilies& fonts, const QString& title,
    const QDateTime& created, PaperKind paper = PaperKind::NoticeA4);

// Writes noticePdf() to `path`. Throws Error(NotWritable) naming the path.
void writeNoticePdf(const QString& path, const QString& html, const NoticeFontFamilies& fonts, const QString& title,
    const QDateTime& created, PaperKind paper = PaperKind::NoticeA4);

// The PDF of a notice as issued: its stored HTML in the office's notice fonts, its number as
// the title and the moment it was issued as the creation date — the same bytes every time,
// for saving, reprinting and sending by email alike.
QByteArray issuedNoticePdf(const Database& database, const IssuedNotice& notice);

} // namespace ogi::print
