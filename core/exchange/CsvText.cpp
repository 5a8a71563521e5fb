#include "CsvText.h"

using namespace Qt::StringLiterals;

namespace ogi {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray csvFileBytes(const QString& text) { return "\xEF\xBB\xBF" + text.toUtf8(); }

} // namespace ogi
