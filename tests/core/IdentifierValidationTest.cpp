// Validation of identifiers and contact details: 居民身份证 (GB 11643), 统一社会信用代码
// (GB 32100), phone numbers, postcodes, email addresses.
//
// Every expected check character below was worked out outside this code base, e.g.
//   python3 -c "W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]; s='11010519491231002';
//               print('10X98765432'[sum(int(a)*b for a,b in zip(s,W))%11])"
//   python3 -c "A='0123456789ABCDEFGHJKLMNPQRTUWXY'; s='91350100M000100Y4';
//               print(A[(31-sum(A.index(c)*pow(3,i,31) for i,c in enumerate(s))%31)%31])"
// and the valid credit codes are real, published codes.

#include "register/IdentityMasking.h"
#include "validation/ContactFormat.h"
#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"

#include <QDate>

#include <catch2/catch.hpp>

#include <string>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// "today" for every birth-date check: pinned, never the system date.
const QDate kToday(2026, 3, 4);

struct IdRow
{
    const char* number;
    IdNumberProblem expected;
    const char* why;
};

struct CreditRow
{
    const char* code;
    CreditCodeProblem expected;
    const char* why;
};

struct TextRow
{
    const char* text;
    bool valid;
};

} // namespace

TEST_CASE("resident ID numbers are checked by GB 11643", "[validation][id]")
{
    static const IdRow rows[] = {
        { "11010519491231002X", IdNumberProblem::None, "check character X" },
        { "11010519491231002x", IdNumberProblem::None, "lower-case x accepted" },
        { "440524188001010014", IdNumberProblem::None, "born 1880" },
        { "110101199003074477", IdNumberProblem::None, "ordinary number" },
        { " 110101199003074477 ", IdNumberProblem::None, "surrounding blanks ignored" },
        { "110105202603040019", IdNumberProblem::None, "born on the pinned today" },
        { "990105194912310023", IdNumberProblem::BadRegion, "province 99 (check digit right)" },
        { "000105194912310024", IdNumberProblem::BadRegion, "province 00 (check digit right)" },
        { "110105194912310020", IdNumberProblem::BadCheckDigit, "X changed to 0" },
        { "110101199003074478", IdNumberProblem::BadCheckDigit, "7 changed to 8" },
        { "440524188001010015", IdNumberProblem::BadCheckDigit, "4 changed to 5" },
        { "110101199003074470", IdNumberProblem::BadCheckDigit, "7 changed to 0" },
        { "110101199003074447", IdNumberProblem::BadCheckDigit, "two digits transposed" },
        { "11010519491231002", IdNumberProblem::WrongLength, "17 characters" },
        { "11010519491231002X0", IdNumberProblem::WrongLength, "19 characters" },
        { "110105491231002", IdNumberProblem::WrongLength, "15-digit first-generation number" },
        { "", IdNumberProblem::WrongLength, "empty" },
        { "1101051949A2310023", IdNumberProblem::BadCharacter, "a letter inside" },
        { "X10105194912310023", IdNumberProblem::BadCharacter, "X at the front" },
        { "11010519491231002Y", IdNumberProblem::BadCharacter, "check character Y" },
        { "110101199002300006", IdNumberProblem::BadBirthDate, "born 1990-02-30 (check digit right)" },
        { "110101199013010000", IdNumberProblem::BadBirthDate, "month 13" },
        { "110105202603050014", IdNumberProblem::BadBirthDate, "born the day after today (check digit right)" },
    };
    for (const IdRow& row : rows) {
        INFO(row.number << " — " << row.why);
        CHECK(checkResidentIdNumber(QString::fromUtf8(row.number), kToday) == row.expected);
    }
}

TEST_CASE("the GB 11643 check character is computed as the standard prescribes", "[validation][id]")
{
    CHECK(residentIdCheckCharacter(u"11010519491231002") == u'X');
    CHECK(residentIdCheckCharacter(u"44052418800101001") == u'4');
    CHECK(residentIdCheckCharacter(u"11010119900307447") == u'7');
    CHECK(residentIdCheckCharacter(u"11010119900230000") == u'6');
    CHECK(normaliseResidentIdNumber(u" 11010519491231002x "_s) == u"11010519491231002X");
}

TEST_CASE("unified social credit codes are checked by GB 32100", "[validation][usc]")
{
    static const CreditRow rows[] = {
        { "91350100M000100Y43", CreditCodeProblem::None, "real code" },
        { "914403001922038216", CreditCodeProblem::None, "real code" },
        { "9144030071526726XG", CreditCodeProblem::None, "real code" },
        { "91330100716105852F", CreditCodeProblem::None, "real code" },
        { "91110000802100433B", CreditCodeProblem::None, "real code" },
        { "91350100m000100y43", CreditCodeProblem::None, "lower case accepted" },
        { "9144030071526726xg", CreditCodeProblem::None, "lower case accepted" },
        { "91350100M000100Y44", CreditCodeProblem::BadCheckCharacter, "last character changed" },
        { "914403001922038217", CreditCodeProblem::BadCheckCharacter, "last character changed" },
        { "9144030071526726XH", CreditCodeProblem::BadCheckCharacter, "last character changed" },
        { "91330100716105852E", CreditCodeProblem::BadCheckCharacter, "last character changed" },
        { "91110000802100433C", CreditCodeProblem::BadCheckCharacter, "last character changed" },
        { "91110000802100343B", CreditCodeProblem::BadCheckCharacter, "two characters transposed" },
        { "91350100M000100I43", CreditCodeProblem::BadCharacter, "contains I" },
        { "91350100M000100O43", CreditCodeProblem::BadCharacter, "contains O" },
        { "91350100M000100S43", CreditCodeProblem::BadCharacter, "contains S" },
        { "91350100M000100V43", CreditCodeProblem::BadCharacter, "contains V" },
        { "91350100M000100Z43", CreditCodeProblem::BadCharacter, "contains Z" },
        { "91350100M000100-43", CreditCodeProblem::BadCharacter, "contains a hyphen" },
        { "91350100M000100Y4", CreditCodeProblem::WrongLength, "17 characters" },
        { "91350100M000100Y430", CreditCodeProblem::WrongLength, "19 characters" },
        { "", CreditCodeProblem::WrongLength, "empty" },
        // Check characters computed for these, so only the region rule can reject them.
        { "9135A100M000100Y4Y", CreditCodeProblem::BadRegion, "letter in position 5" },
        { "91350B00M000100Y4N", CreditCodeProblem::BadRegion, "letter in position 6" },
        { "9135010HM000100Y4Q", CreditCodeProblem::BadRegion, "letter in position 8" },
    };
    for (const CreditRow& row : rows) {
        INFO(row.code << " — " << row.why);
        CHECK(checkCreditCode(QString::fromUtf8(row.code)) == row.expected);
    }
}

TEST_CASE("the GB 32100 check character is computed as the standard prescribes", "[validation][usc]")
{
    CHECK(creditCodeCheckCharacter(u"91350100M000100Y4") == u'3');
    CHECK(creditCodeCheckCharacter(u"91440300192203821") == u'6');
    CHECK(creditCodeCheckCharacter(u"9144030071526726X") == u'G');
    CHECK(creditCodeCheckCharacter(u"91330100716105852") == u'F');
    CHECK(creditCodeCheckCharacter(u"91110000802100433") == u'B');
    CHECK(normaliseCreditCode(u" 91350100m000100y43 "_s) == u"91350100M000100Y43");
}

TEST_CASE("phone numbers: mobile, landline, +86 and 400 numbers", "[validation][contact]")
{
    static const TextRow rows[] = {
        { "13812345678", true },
        { "19912345678", true },
        { "138 1234 5678", true },
        { "+8613812345678", true },
        { "+86 138 1234 5678", true },
        { "+86-13812345678", true },
        { "008613812345678", true },
        { "010-62345678", true },
        { "01062345678", true },
        { "0755-8765432", true },
        { "0591-87654321-801", true },
        { "010-62345678转801", true },
        { "62345678", true }, // a local number without area code
        { "400-810-8888", true },
        { "4008108888", true },
        { "800-820-8820", true },
        { "138123456789", false }, // 12 digits
        { "1381234567", false }, // 10 digits
        { "23812345678", false }, // 11 digits starting with 2
        { "12812345678", false }, // mobile prefixes start at 13
        { "1381234abcd", false },
        { "phone", false },
        { "010-6234567a", false },
        { "+8612345678901", false },
        { "", false },
    };
    for (const TextRow& row : rows) {
        INFO(row.text);
        CHECK(isValidPhoneNumber(QString::fromUtf8(row.text)) == row.valid);
    }
}

TEST_CASE("postcodes have six digits", "[validation][contact]")
{
    static const TextRow rows[] = {
        { "100032", true },
        { " 518000 ", true },
        { "10003", false },
        { "1000321", false },
        { "10003a", false },
        { "", false },
    };
    for (const TextRow& row : rows) {
        INFO(row.text);
        CHECK(isValidPostcode(QString::fromUtf8(row.text)) == row.valid);
    }
}

TEST_CASE("email addresses", "[validation][contact]")
{
    static const TextRow rows[] = {
        { "zhangsan@example.cn", true },
        { "li.si+ogi@mail.gov.cn", true },
        { "zhang san@example.cn", false },
        { "zhangsan@example", false },
        { "zhangsan.example.cn", false },
        { "a@@example.cn", false },
        { "@example.cn", false },
        { "", false },
    };
    for (const TextRow& row : rows) {
        INFO(row.text);
        CHECK(isValidEmail(QString::fromUtf8(row.text)) == row.valid);
    }
}

TEST_CASE("ID numbers are masked keeping the first 6 and last 4 characters", "[validation][mask]")
{
    CHECK(maskIdentityNumber(u"11010519491231002X"_s) == u"110105********002X");
    CHECK(maskIdentityNumber(u"440524188001010014"_s) == u"440524********0014");
    CHECK(maskIdentityNumber(u"G1234567890"_s) == u"G12345*7890");
    // Short values (passports, permits) are masked whole: 6 + 4 would reveal everything.
    CHECK(maskIdentityNumber(u"E12345678"_s) == u"*********");
    CHECK(maskIdentityNumber(u"1234567890"_s) == u"**********");
    CHECK(maskIdentityNumber(QString()).isEmpty());
    // The mask never contains the hidden birth date.
    CHECK_FALSE(maskIdentityNumber(u"11010519491231002X"_s).contains(u"19491231"));
}
