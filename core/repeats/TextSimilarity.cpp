#include "TextSimilarity.h"

namespace ogi {

QString normaliseRequestText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        // Full-width ASCII (U+FF01..U+FF5E) to its half-width twin.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(static_cast<char16_t>(c.unicode() - 0xFEE0));
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        out.append(c.toLower());
    }
    return out;
}

QSet<QString> trigramsOf(const QString& normalised)
{
    QSet<QString> grams;
    if (normalised.size() < 3) {
        if (!normalised.isEmpty())
            grams.insert(normalised);
        return grams;
    }
    for (qsizetype i = 0; i + 3 <= normalised.size(); ++i)
        grams.insert(normalised.mid(i, 3));
    return grams;
}

double requestSimilarity(const QSet<QString>& a, const QSet<QString>& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QSet<QString>& small = a.size() <= b.size() ? a : b;
    const QSet<QString>& large = a.size() <= b.size() ? b : a;
    qsizetype shared = 0;
    for (const QString& gram : small)
        shared += large.contains(gram) ? 1 : 0;
    return 2.0 * double(shared) / double(a.size() + b.size());
}

} // namespace ogi
