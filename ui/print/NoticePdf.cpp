#include "NoticePdf.h"

#include "Error.h"
#include "SavedFile.h"
#include "notices/PdfTextLayer.h"
#include "print/NoticeColophon.h"

#include <QBuffer>
#include <QHashFunctions>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ogi::print {

namespace {
    bool isRadical(char16_t c) { return c >= 0x2E80 && c <= 0x2FDF; }

    // For each radical code point that one of the documents' fonts draws with the glyph of a
    // character the documents hold, that character: the text layer then names the character.
    QHash<char16_t, char16_t> radicalReplacements(const QList<const QTextDocument*>& documents)
    {
        QSet<QString> seen;
        QList<QRawFont> fonts;
        QString text;
        for (const QTextDocument* document : documents) {
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QFont font = it.fragment().charFormat().font();
                    const QString key = font.key();
                    if (!seen.contains(key)) {
                        seen.insert(key);
                        fonts << QRawFont::fromFont(font);
                    }
                }
            text += document->toPlainText();
        }
        QHash<char16_t, char16_t> replacements;
        for (const QRawFont& font : std::as_const(fonts)) {
            if (!font.isValid())
                continue;
            QHash<quint32, char16_t> byGlyph;
            for (const QChar c : text) {
                if (isRadical(c.unicode()) || c.isSpace())
                    continue;
                const QList<quint32> glyphs = font.glyphIndexesForString(QString(c));
                if (glyphs.size() == 1 && glyphs.front() != 0)
                    byGlyph.insert(glyphs.front(), c.unicode());
            }
            for (char16_t r = 0x2E80; r <= 0x2FDF; ++r) {
                if (text.contains(QChar(r)))
                    continue; // the notice itself holds the radical: leave it
                const QList<quint32> glyphs = font.glyphIndexesForString(QString(QChar(r)));
                if (glyphs.size() == 1 && glyphs.front() != 0 && byGlyph.contains(glyphs.front()))
                    replacements.insert(r, byGlyph.value(glyphs.front()));
            }
        }
        return replacements;
    }
} // namespace

QByteArray noticePdf(const QString& html, const NoticeFontFamilies& fonts, const QString& title,
    const QDateTime& created, PaperKind paper)
{
    // Qt's PDF writer orders the embedded fonts by a QHash: with the per-process random seed
    // two prints of one notice would differ in their bytes.
    QHashSeed::setDeterministicGlobalSeed();
    QByteArray raw;
    NoticeLayout layout(html, fonts, paper);
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(u"OGI Desk"_s);
        writer.setTitle(title);
        layout.paint(writer);
    }
    QList<const QTextDocument*> documents { &layout.document() };
    if (layout.colophon())
        documents << layout.colophon()->documents();
    return rewritePdfTextLayer(raw, radicalReplacements(documents), created);
}

void writeNoticePdf(const QString& path, const QString& html, const NoticeFontFamilies& fonts, const QString& title,
    const QDateTime& created, PaperKind paper)
{
    saveFile(path, noticePdf(html, fonts, title, created, paper));
}

QByteArray issuedNoticePdf(const Database& database, const IssuedNotice& notice)
{
    return noticePdf(
        notice.html, resolveNoticeFonts(OfficeSettings(database).noticeFonts()), notice.number, notice.issuedAt);
}

} // namespace ogi::print
