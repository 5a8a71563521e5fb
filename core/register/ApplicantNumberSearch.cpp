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

std::optional<SqlCondition> applicantNumberMatch(const QString& text)
{
    static const QRegularExpression number(u"^[0-9]+X?$"_s);
    // GB 32100: 18 characters of digits and capitals (no I, O, S, V or Z).
    static const QRegularExpression creditCode(u"^[0-9A-HJ-NPQRTUWXY]{18}$"_s);
    const QString wanted = normalised(text.trimmed());
    if (creditCode.match(wanted).hasMatch() && !number.match(wanted).hasMatch())
        return SqlCondition { normalisedColumn("credit_code") + u" = ?"_s, { wanted } };
    if (wanted.size() < kShortestSuffix || !number.match(wanted).hasMatch())
        return std::nullopt;
    QStringList matches;
    QVariantList values;
    for (const char* column : { "id_number", "phone" }) {
        // The last n characters (a suffix is also the whole number), written so that both
        // engines read it alike: PostgreSQL's substr does not count from the end.
        matches << u"substr(%1, length(%1) - ? + 1) = ?"_s.arg(normalisedColumn(column));
        values << wanted.size() << wanted;
    }
    // A credit code of digits only is found whole, as the one with letters.
    if (wanted.size() == 18) {
        matches << normalisedColumn("credit_code") + u" = ?"_s;
        values << wanted;
    }
    return SqlCondition { u"("_s + matches.join(u" OR "_s) + u')', values };
}

std::optional<SqlCondition> applicantNumberCondition(const QString& text)
{
    std::optional<SqlCondition> match = applicantNumberMatch(text);
    if (!match)
        return std::nullopt;
    return SqlCondition { u"id IN (SELECT ca.case_id FROM case_applicants ca JOIN applicants a "
                          u"ON a.id = ca.applicant_id WHERE %1)"_s.arg(match->sql),
        match->values };
}

} // namespace ogi
