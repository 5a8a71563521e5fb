#include "NoticeLayout.h"

#include "NoticeColophon.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// QtGui's own: the resolution text layout treats as "pixels" in block formats.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace ogi::print {

namespace {
    // GB/T 9704-2012, 5.2: the text area of A4 is 156 mm × 225 mm, 37 mm from the top and
    // 28 mm from the left; 22 lines a page.
    constexpr double kTop = 37.0, kLeft = 28.0, kWidth = 156.0, kHeight = 225.0, kLines = 22.0;
    // A DL envelope (220 mm × 110 mm) with 15 mm margins.
    constexpr double kEnvelopeMargin = 15.0;

    QString pickFamily(const QString& wanted, const QString& fallback)
    {
        return QFontDatabase::hasFamily(wanted) ? wanted : fallback;
    }

    // One line of the grid of 22 lines a page, in pixels of the default resolution: block
    // formats are in those, scaled by the layout to the device.
    double gridLine() { return kHeight / kLines / 25.4 * qt_defaultDpiY(); }

    // Every line on the grid; the title takes one and a half. Text indents in device pixels.
    void alignToGrid(QTextDocument& document, const QPagedPaintDevice& device)
    {
        const double line = gridLine();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            const bool title = format.headingLevel() == 1;
            format.setLineHeight(title ? line * 1.5 : line, QTextBlockFormat::FixedHeight);
            format.setTopMargin(0);
            // Two characters of 3号 (32 pt).
            if (format.textIndent() > 0)
                format.setTextIndent(32.0 / 72.0 * device.logicalDpiY());
            format.setBottomMargin(title ? line * 0.5 : 0);
            cursor.setBlockFormat(format);
        }
    }
} // namespace

QString noticeStyleSheet(const NoticeFontFamilies& fonts, PaperKind paper)
{
    if (paper == PaperKind::ReportA4)
        return uR"(body { font-family: '%1'; font-size: 10pt; }
            h2 { font-family: '%2'; font-size: 16pt; font-weight: 700; }
            h3 { font-size: 12pt; font-weight: 700; margin-top: 8pt; }
            th { font-weight: 700; background-color: #f0f0f0; }
            td, th { font-size: 9pt; })"_s.arg(fonts.body, fonts.title);
    if (paper == PaperKind::EnvelopeDL)
        return uR"(p { margin: 0; font-family: '%1'; font-size: 16pt; }
                p.postcode { font-size: 18pt; letter-spacing: 4pt; }
                p.address { margin-top: 12pt; margin-left: 40pt; }
                p.recipient { margin-top: 18pt; font-size: 22pt; text-align: center; }
                p.sender { margin-top: 30pt; font-size: 12pt; text-align: right; })"_s.arg(fonts.body);
    // text-indent only marks the paragraphs to indent: paint() sets the width for the device.
    return uR"(p { margin: 0; text-indent: 1px; text-align: justify; font-family: '%1'; font-size: 16pt; }
            h1 { margin: 0; font-family: '%2'; font-size: 22pt; font-weight: 700; text-align: center; }
            p.number { text-indent: 0px; text-align: right; }
            p.addressee { text-indent: 0px; }
            p.signature { text-indent: 0px; text-align: right; margin-right: 32pt; }
            p.date { text-indent: 0px; text-align: right; margin-right: 32pt; }
            p.contact { text-indent: 0px; font-size: 14pt; }
            p.colophon { text-indent: 0px; font-size: 14pt; }
            p.field { text-indent: 0px; text-align: left; })"_s.arg(fonts.body, fonts.title);
}

NoticeFontFamilies resolveNoticeFonts(const OfficeSettings::NoticeFonts& wanted)
{
    return { pickFamily(wanted.body, u"Noto Serif CJK SC"_s), pickFamily(wanted.title, u"Noto Serif CJK SC"_s) };
}

NoticeLayout::NoticeLayout(const QString& html, const NoticeFontFamilies& fonts, PaperKind paper)
    : m_html(html)
    , m_fonts(fonts)
    , m_paper(paper)
    , m_document(std::make_unique<QTextDocument>())
{
}

NoticeLayout::~NoticeLayout() = default;

QPageSize NoticeLayout::pageSize() const
{
    return m_paper == PaperKind::EnvelopeDL ? QPageSize(QPageSize::EnvelopeDL) : QPageSize(QPageSize::A4);
}

int NoticeLayout::paint(QPagedPaintDevice& device)
{
    const bool envelope = m_paper == PaperKind::EnvelopeDL;
    const bool report = m_paper == PaperKind::ReportA4;
    // An envelope is addressed lying down; a report's wide tables are printed lying down.
    const QPageLayout page(
        pageSize(), envelope || report ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    device.setPageLayout(page);
    const double dotsPerMm = device.logicalDpiY() / 25.4;
    const QSizeF paperMm = page.fullRect(QPageLayout::Millimeter).size();
    const double margin = envelope || report ? kEnvelopeMargin : 0;
    const QPointF origin = envelope || report ? QPointF(margin, margin) : QPointF(kLeft, kTop);
    const QSizeF areaMm = envelope || report
        ? QSizeF(paperMm.width() - 2 * margin, paperMm.height() - 2 * margin - (report ? 8 : 0))
        : QSizeF(kWidth, kHeight);
    const QSizeF area(areaMm.width() * dotsPerMm, areaMm.height() * dotsPerMm);

    const bool notice = !envelope && !report;
    // GB/T 9704 7.4: the 版记 stands at the foot of the last page, under the body. It is laid
    // out on its own and drawn there, so that its rules never spill onto a page of their own.
    const qsizetype colophonAt = notice ? NoticeColophon::start(m_html) : -1;
    const auto makeDocument = [&](const QString& html) {
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&device);
        QFont base(m_fonts.body);
        base.setPointSizeF(report ? 10 : 16);
        document->setDefaultFont(base);
        document->setDefaultStyleSheet(noticeStyleSheet(m_fonts, m_paper));
        document->setDocumentMargin(0);
        document->setHtml(html);
        if (notice)
            alignToGrid(*document, device);
        return document;
    };
    m_document = makeDocument(colophonAt < 0 ? m_html : m_html.left(colophonAt));
    m_document->setPageSize(area);
    m_colophon.reset();
    if (colophonAt >= 0)
        m_colophon = std::make_unique<NoticeColophon>(
            m_html.mid(colophonAt), noticeStyleSheet(m_fonts, m_paper), m_fonts.body, area.width(), gridLine(), device);
    const double colophonHeight = m_colophon ? m_colophon->height() : 0;
    int pages = m_document->pageCount();
    // The body's last page keeps the 版记 when what it holds leaves room above the foot; else
    // the 版记 goes to the foot of a page of its own, its text with it.
    const double usedOnLast = m_document->documentLayout()->documentSize().height() - (pages - 1) * area.height();
    const bool colophonOwnPage = m_colophon && usedOnLast > area.height() - colophonHeight;
    if (colophonOwnPage)
        ++pages;

    QPainter painter(&device);
    QFont pageNumberFont(m_fonts.body);
    pageNumberFont.setPointSizeF(14);
    const int bodyPages = m_document->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        if (page < bodyPages) {
            painter.save();
            painter.translate(origin.x() * dotsPerMm, origin.y() * dotsPerMm - page * area.height());
            m_document->drawContents(&painter, QRectF(QPointF(0, page * area.height()), area));
            painter.restore();
        }
        if (m_colophon && page == pages - 1)
            m_colophon->paint(painter, origin.x() * dotsPerMm, origin.y() * dotsPerMm + area.height());
        if (!envelope && pages > 1) {
            // GB/T 9704 7.5: 4号 numbers with a dash each side, 7 mm below the text area.
            painter.setFont(pageNumberFont);
            const QRectF numberBox(origin.x() * dotsPerMm,
                (origin.y() + areaMm.height() + (report ? 2 : 7)) * dotsPerMm, area.width(), 10 * dotsPerMm);
            painter.drawText(numberBox, Qt::AlignHCenter | Qt::AlignTop, u"— %1 —"_s.arg(page + 1));
        }
    }
    return pages;
}

} // namespace ogi::print
