#include "NoticeColophon.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ogi::print {

namespace {
    const QRegularExpression& tailPattern()
    {
        static const QRegularExpression re(u"(?:\\s*<hr[^>]*>|\\s*<p class=\"colophon\"[^>]*>[^<]*</p>)+\\s*$"_s);
        return re;
    }

    // One 版记 line as HTML: the issuer left and the date right when the line holds both
    // (separated by ideographic spaces, which HTML would collapse).
    QString lineHtml(const QString& text)
    {
        static const QRegularExpression gap(u"\\x{3000}{2,}|\\s{2,}"_s);
        const QStringList parts = text.trimmed().split(gap, Qt::SkipEmptyParts);
        const QString left = parts.value(0);
        const QString right = parts.size() == 2 ? parts.at(1) : QString();
        return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
               u"<td><p class=\"colophon\">%1</p></td><td><p class=\"colophon\" align=\"right\">%2</p></td>"
               u"</tr></table>"_s.arg(parts.size() == 2 ? left : text.trimmed(), right);
    }
} // namespace

qsizetype NoticeColophon::start(const QString& html)
{
    const QRegularExpressionMatch m = tailPattern().match(html);
    return m.hasMatch() && m.captured(0).contains(u"colophon"_s) ? m.capturedStart() : -1;
}

NoticeColophon::NoticeColophon(const QString& html, const QString& styleSheet, const QString& family, double width,
    double lineHeight, QPagedPaintDevice& device)
    : m_width(width)
    , m_dotsPerMm(device.logicalDpiY() / 25.4)
{
    static const QRegularExpression token(u"<hr[^>]*>|<p class=\"colophon\"[^>]*>([^<]*)</p>"_s);
    bool ruleAbove = false;
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0).startsWith(u"<hr"_s)) {
            ruleAbove = true;
            continue;
        }
        auto document = std::make_unique<QTextDocument>();
        document->documentLayout()->setPaintDevice(&device);
        QFont base(family);
        base.setPointSizeF(14);
        document->setDefaultFont(base);
        document->setDefaultStyleSheet(styleSheet);
        document->setDocumentMargin(0);
        document->setHtml(lineHtml(m.captured(1)));
        // 印发机关 one character (4号, 14 pt) in from the left, 印发日期 one in from the right;
        // margins, like text indents, are in device pixels.
        const double character = 14.0 / 72.0 * device.logicalDpiY();
        bool first = true;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setLineHeight(lineHeight, QTextBlockFormat::FixedHeight);
            if (!block.text().isEmpty()) {
                if (first)
                    format.setLeftMargin(character);
                else if (format.alignment().testFlag(Qt::AlignRight))
                    format.setRightMargin(character);
                first = false;
            }
            cursor.setBlockFormat(format);
        }
        document->setTextWidth(width);
        m_height += document->documentLayout()->documentSize().height();
        m_lines.push_back({ std::move(document), ruleAbove });
        ruleAbove = false;
    }
    m_ruleBelow = ruleAbove;
}

NoticeColophon::~NoticeColophon() = default;

void NoticeColophon::paint(QPainter& painter, double left, double bottom) const
{
    // 7.4.1: the first and the last rule 0.35 mm, those between 0.25 mm.
    const auto rule = [&](double y, bool outer) {
        painter.save();
        painter.setPen(QPen(Qt::black, (outer ? 0.35 : 0.25) * m_dotsPerMm));
        painter.drawLine(QPointF(left, y), QPointF(left + m_width, y));
        painter.restore();
    };
    double y = bottom - m_height;
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const Line& line = m_lines[i];
        if (line.ruleAbove)
            rule(y, i == 0);
        const double height = line.document->documentLayout()->documentSize().height();
        painter.save();
        painter.translate(left, y);
        line.document->drawContents(&painter, QRectF(0, 0, m_width, height));
        painter.restore();
        y += height;
    }
    if (m_ruleBelow)
        rule(bottom, true);
}

QList<const QTextDocument*> NoticeColophon::documents() const
{
    QList<const QTextDocument*> list;
    for (const Line& line : m_lines)
        list << line.document.get();
    return list;
}

} // namespace ogi::print
