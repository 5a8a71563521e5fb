#include "ResidentIdNumber.h"

#include <QCoreApplication>

#include <array>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ResidentIdNumber)
    };

    constexpr std::array<int, 17> kWeights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    constexpr std::array<char, 11> kCheck = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    // Province-level codes of GB/T 2260 (71 Taiwan, 81 Hong Kong, 82 Macao, 83 for the
    // residence permits of Taiwan residents).
    bool knownProvince(int code)
    {
        static const int codes[] = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
            46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83 };
        for (int known : codes)
            if (known == code)
                return true;
        return false;
    }
} // namespace

QChar residentIdCheckCharacter(QStringView first17)
{
    int sum = 0;
    for (size_t i = 0; i < kWeights.size(); ++i)
        sum += first17.at(static_cast<qsizetype>(i)).digitValue() * kWeights[i];
    return QChar::fromLatin1(kCheck[static_cast<size_t>(sum % 11)]);
}

QString normaliseResidentIdNumber(const QString& number)
{
    return number.trimmed().toUpper();
}

IdNumberProblem checkResidentIdNumber(const QString& number, const QDate& today)
{
    const QString id = normaliseResidentIdNumber(number);
    if (id.size() != 18)
        return IdNumberProblem::WrongLength;
    for (int i = 0; i < 17; ++i)
        if (!id.at(i).isDigit() || id.at(i).unicode() > u'9')
            return IdNumberProblem::BadCharacter;
    const QChar last = id.at(17);
    if (!(last == u'X' || (last >= u'0' && last <= u'9')))
        return IdNumberProblem::BadCharacter;
    if (!knownProvince(QStringView(id).left(2).toInt()))
        return IdNumberProblem::BadRegion;
    const QDate birth(QStringView(id).mid(6, 4).toInt(), QStringView(id).mid(10, 2).toInt(),
        QStringView(id).mid(12, 2).toInt());
    if (!birth.isValid() || birth.year() < 1880 || birth > today)
        return IdNumberProblem::BadBirthDate;
    if (residentIdCheckCharacter(QStringView(id).left(17)) != last)
        return IdNumberProblem::BadCheckDigit;
    return IdNumberProblem::None;
}

QString describe(IdNumberProblem problem)
{
    switch (problem) {
    case IdNumberProblem::None:
        return {};
    case IdNumberProblem::WrongLength:
        return Tr::tr("a resident ID number has 18 characters");
    case IdNumberProblem::BadCharacter:
        return Tr::tr("a resident ID number is 17 digits followed by a digit or X");
    case IdNumberProblem::BadRegion:
        return Tr::tr("the first two digits name no province");
    case IdNumberProblem::BadBirthDate:
        return Tr::tr("digits 7 to 14 are not a valid date of birth");
    case IdNumberProblem::BadCheckDigit:
        return Tr::tr("the check digit (last character) is wrong: the number was mistyped");
    }
    return {};
}

} // namespace ogi
