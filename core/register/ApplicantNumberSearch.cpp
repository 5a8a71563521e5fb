#include "ApplicantNumberSearch.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    // Four digits at least, an ID number's check letter last; phones are written with dashes
    // and spaces ("010-6601 2345").
    constexpr int kShortestSuffix = 4;

    QString normalised(const QString& text)
    {
        QString digits = text.toUpper();
        digits.remove(u' ');
        digits.remove(u'-');
        return digits;
    }

    // The same normalisation in SQL, for a column.
    QString normalisedColumn(const char* column)
    {
        return u"replace(replace(upper(a.%1), ' ', ''), '-', '')"_s.arg(QString::fromLatin1(column));
    }
} // namespace

std::optional<SqlCondition> applicantNumberCondition(const QString& text)
{
    static const QRegularExpression number(u"^[0-9]+X?$"_s);
    const QString wanted = normalised(text.trimmed());
    if (wanted.size() < kShortestSuffix || !number.match(wanted).hasMatch())
        return std::nullopt;
    QStringList matches;
    QVariantList values;
    for (const char* column : { "id_number", "phone" }) {
        // substr(x, -n) is the last n characters: a suffix is also the whole number.
        matches << u"substr(%1, -?) = ?"_s.arg(normalisedColumn(column));
        values << wanted.size() << wanted;
    }
    return SqlCondition { u"id IN (SELECT ca.case_id FROM case_applicants ca JOIN applicants a "
                          u"ON a.id = ca.applicant_id WHERE %1)"_s.arg(matches.join(u" OR "_s)),
        values };
}

} // namespace ogi
