#include "DocumentNumberPattern.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::DocumentNumberPattern)
    };
} // namespace

QString documentNumberPatternProblem(const QString& pattern)
{
    if (pattern.size() > 60)
        return Tr::tr("Document number pattern: at most 60 characters.");
    if (pattern.count(u"{n}"_s) != 1)
        return Tr::tr("Document number pattern \"%1\": write {n} exactly once where the number goes, "
                      "e.g. X政公开〔{year}〕第{n}号.")
            .arg(pattern);
    static const QRegularExpression placeholder(u"\\{[^}]*\\}?"_s);
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QString found = it.next().captured();
        if (found != u"{n}" && found != u"{year}" && found != u"{type}")
            return Tr::tr("Document number pattern: \"%1\" is not known; use {year}, {type} and {n}.").arg(found);
    }
    return {};
}

QString formatDocumentNumber(const QString& pattern, int year, qint64 n, const QString& typeWord)
{
    return QString(pattern)
        .replace(u"{year}"_s, QString::number(year))
        .replace(u"{type}"_s, typeWord)
        .replace(u"{n}"_s, QString::number(n));
}

} // namespace ogi
