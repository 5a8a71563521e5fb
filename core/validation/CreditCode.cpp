#include "CreditCode.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CreditCode)
    };

    const QString kAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY"_s;
    constexpr std::array<int, 17> kWeights = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
} // namespace

QChar creditCodeCheckCharacter(QStringView first17)
{
    int sum = 0;
    for (size_t i = 0; i < kWeights.size(); ++i)
        sum += static_cast<int>(kAlphabet.indexOf(first17.at(static_cast<qsizetype>(i)))) * kWeights[i];
    const int check = (31 - sum % 31) % 31;
    return kAlphabet.at(check);
}

QString normaliseCreditCode(const QString& code)
{
    return code.trimmed().toUpper();
}

CreditCodeProblem checkCreditCode(const QString& code)
{
    const QString c = normaliseCreditCode(code);
    if (c.size() != 18)
        return CreditCodeProblem::WrongLength;
    for (QChar ch : c)
        if (!kAlphabet.contains(ch))
            return CreditCodeProblem::BadCharacter;
    for (int i = 2; i < 8; ++i)
        if (!(c.at(i) >= u'0' && c.at(i) <= u'9'))
            return CreditCodeProblem::BadRegion;
    if (creditCodeCheckCharacter(QStringView(c).left(17)) != c.at(17))
        return CreditCodeProblem::BadCheckCharacter;
    return CreditCodeProblem::None;
}

QString describe(CreditCodeProblem problem)
{
    switch (problem) {
    case CreditCodeProblem::None:
        return {};
    case CreditCodeProblem::WrongLength:
        return Tr::tr("a unified social credit code has 18 characters");
    case CreditCodeProblem::BadCharacter:
        return Tr::tr("a unified social credit code uses only digits and the letters A-H, J-N, P-R, T, U, W-Y");
    case CreditCodeProblem::BadRegion:
        return Tr::tr("characters 3 to 8 (the region code) must be digits");
    case CreditCodeProblem::BadCheckCharacter:
        return Tr::tr("the check character (last character) is wrong: the code was mistyped");
    }
    return {};
}

} // namespace ogi
