#include "TextFieldCheck.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::TextFieldCheck)
    };

    // C0, DEL and C1 controls, and the line and paragraph separators terminals and
    // spreadsheets treat as line breaks.
    bool isControl(char16_t c)
    {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
    }
} // namespace

std::optional<QString> textFieldProblem(const QString& text, const QString& label, TextLines lines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isControl(c))
            continue;
        const bool multi = lines == TextLines::Multi;
        if (multi && (c == u'\n' || c == u'\t' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')))
            continue;
        return Tr::tr("%1 contains a control character (position %2): only printable text can be stored")
            .arg(label)
            .arg(i + 1);
    }
    const int limit = lines == TextLines::Multi ? kMaxMultiLineLength : kMaxLineLength;
    if (text.size() > limit)
        return lines == TextLines::Multi
            ? Tr::tr("%1 is %2 characters long; at most %3 are kept (attach the full text as a file)")
                  .arg(label)
                  .arg(text.size())
                  .arg(limit)
            : Tr::tr("%1 is %2 characters long; at most %3 are kept").arg(label).arg(text.size()).arg(limit);
    return std::nullopt;
}

QString printableText(const QString& text, bool singleLine)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c) || (!singleLine && (c == u'\n' || c == u'\t')))
            shown += ch;
        else if (c < 0x20)
            shown += QChar(char16_t(0x2400 + c)); // the Control Pictures block: ␀ … ␟
        else if (c == 0x7F)
            shown += QChar(char16_t(0x2421)); // ␡
        else
            shown += QChar(char16_t(0xFFFD));
    }
    return shown;
}

} // namespace ogi
