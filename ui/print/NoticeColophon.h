#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace ogi::print {

// The 版记 of a printed notice (GB/T 9704-2012 7.4): its lines (印发机关 left, 印发日期
// right, each a character in from the edge) between rules, the last rule on the foot of the
// text area of the last page. Read from the end of a notice's HTML as the shared template
// _colophon writes it: <hr/> and <p class="colophon"> lines.
class NoticeColophon
{
public:
    // Where the 版记 begins at the end of `html`, or -1 when the notice ends otherwise (an
    // office's own template): then the notice is printed as one flow, as before.
    static qsizetype start(const QString& html);

    // Lays out the 版记 `html` (from start()) for `device`, `width` pixels wide, in the
    // notice style sheet `styleSheet`, on lines `lineHeight` pixels high (in the layout's
    // pixels of the default resolution, as block formats are).
    NoticeColophon(const QString& html, const QString& styleSheet, const QString& family, double width,
        double lineHeight, QPagedPaintDevice& device);
    ~NoticeColophon();
    NoticeColophon(const NoticeColophon&) = delete;
    NoticeColophon& operator=(const NoticeColophon&) = delete;

    // The height it takes on the page, in device pixels.
    double height() const { return m_height; }
    // Paints it with its bottom at `bottom` (device pixels), from `left`.
    void paint(QPainter& painter, double left, double bottom) const;
    // Its laid-out lines (their fonts and text, for the PDF's text layer).
    QList<const QTextDocument*> documents() const;

private:
    struct Line
    {
        std::unique_ptr<QTextDocument> document;
        bool ruleAbove = false;
    };
    std::vector<Line> m_lines;
    bool m_ruleBelow = false;
    double m_width = 0;
    double m_height = 0;
    double m_dotsPerMm = 0;
};

} // namespace ogi::print
