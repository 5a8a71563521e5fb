#pragma once

#include "settings/OfficeSettings.h"

#include <QFont>
#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace ogi::print {

class NoticeColophon;

// The families a notice is printed in: the office's choice where installed, else Noto CJK
// (fonts-noto-cjk), so that Chinese always renders in Simplified Chinese forms.
struct NoticeFontFamilies
{
    QString body;
    QString title;
};
NoticeFontFamilies resolveNoticeFonts(const OfficeSettings::NoticeFonts& wanted);

// What is printed: a notice on A4 after GB/T 9704 (margins 37/35/28/26 mm, 22 lines of 3号
// text, 2号 title, page numbers "— n —"), the mailing label on a DL envelope, or a report's
// tables on A4 lying down (15 mm margins, page numbers).
enum class PaperKind
{
    NoticeA4,
    EnvelopeDL,
    ReportA4
};

// The style of notices (classes of the templates: number, addressee, signature, date,
// contact, colophon; the envelope's postcode, address, recipient, sender), for a preview
// on screen that looks like the paper.
QString noticeStyleSheet(const NoticeFontFamilies& fonts, PaperKind paper);

// Lays out stored notice HTML for printing. Paints the same pages on a printer, a print
// preview and a PDF writer.
class NoticeLayout
{
public:
    NoticeLayout(const QString& html, const NoticeFontFamilies& fonts, PaperKind paper = PaperKind::NoticeA4);
    ~NoticeLayout();
    NoticeLayout(const NoticeLayout&) = delete;
    NoticeLayout& operator=(const NoticeLayout&) = delete;

    QPageSize pageSize() const;
    // Sets the device's page size and zero margins, lays the text out for its resolution
    // and paints every page; returns the number of pages.
    int paint(QPagedPaintDevice& device);
    // The document as laid out by the last paint() (its fonts, its plain text): the body,
    // and the 版记 laid out apart at the foot of the last page (nullptr when the notice has
    // none).
    const QTextDocument& document() const { return *m_document; }
    const NoticeColophon* colophon() const { return m_colophon.get(); }

private:
    QString m_html;
    NoticeFontFamilies m_fonts;
    PaperKind m_paper;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<NoticeColophon> m_colophon;
};

} // namespace ogi::print
