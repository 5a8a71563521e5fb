// Repeat hints at registration, on a real register with the trigram index.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "Error.h"
#include "register/CaseRepository.h"
#include "repeats/RepeatFinder.h"
#include "repeats/TextSimilarity.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

QStringList numbers(const QList<SimilarCase>& cases)
{
    QStringList list;
    for (const SimilarCase& c : cases)
        list << c.caseNumber;
    return list;
}

} // namespace

TEST_CASE("similarity ignores spaces, punctuation and full-width digits", "[repeats]")
{
    CHECK(normaliseRequestText(u"申请公开 ２０２５年，低保名单！"_s) == u"申请公开2025年低保名单");
    const auto grams = [](const char* text) { return trigramsOf(normaliseRequestText(QString::fromUtf8(text))); };
    CHECK(requestSimilarity(grams("请公开2025年岳麓街道低保名单"), grams("请公开２０２５年岳麓街道低保名单。")) == 1.0);
    CHECK(requestSimilarity(grams("请公开2025年岳麓街道低保名单"), grams("申请公开2025年岳麓街道低保户名单"))
        >= kRepeatSimilarity);
    CHECK(requestSimilarity(grams("请公开2025年岳麓街道低保名单"), grams("某某路拓宽工程的环境影响评价报告"))
        < kRepeatSimilarity);
    CHECK(trigramsOf(u"预算"_s).size() == 1); // short texts are one gram
}

TEST_CASE("earlier similar requests of the same applicant, and of others", "[repeats]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"repeats.ogi"_s), OpenMode::CreateIfMissing);
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    CaseRepository repository(db, clock);
    auto add = [&](const char* receipt, const char* request, const char* idNumber = nullptr) {
        Application app = test::samplePersonApplication(QDate::fromString(QLatin1String(receipt), Qt::ISODate));
        app.description = QString::fromUtf8(request);
        if (idNumber) {
            app.applicants.front().name = u"李四"_s;
            app.applicants.front().idNumber = QLatin1String(idNumber);
        }
        return repository.add(app, u"clerk"_s);
    };
    const QString first = add("2026-03-02", "请公开2025年岳麓街道最低生活保障对象名单");
    const QString unrelated = add("2026-03-05", "请公开某某路拓宽工程的环境影响评价报告");
    const QString again = add("2026-04-01", "申请公开2025年岳麓街道最低生活保障对象名单。");
    const QString neighbour = add("2026-04-02", "请公开2025年岳麓街道最低生活保障对象名单", "440306198506122316");
    const QString later = add("2026-05-01", "请公开2025年岳麓街道最低生活保障对象名单");
    const QString shortOne = add("2026-05-02", "预算");
    const QString shortOther = add("2026-05-03", "预算", "440306198506122316");

    const RepeatHints hints = findRepeats(db.connection(), again);
    CHECK(numbers(hints.sameApplicant) == QStringList { first }); // not `later`, not itself, not unrelated
    CHECK(hints.sameApplicant.front().similarity >= kRepeatSimilarity);
    CHECK(numbers(hints.otherApplicants) == QStringList { neighbour });

    const RepeatHints forFirst = findRepeats(db.connection(), first);
    CHECK(forFirst.sameApplicant.isEmpty()); // nothing earlier
    CHECK(numbers(forFirst.otherApplicants) == QStringList { neighbour });

    CHECK(findRepeats(db.connection(), unrelated).isEmpty());
    // Under three characters the trigram index finds nothing; the whole text is compared.
    CHECK(numbers(findRepeats(db.connection(), shortOther).otherApplicants) == QStringList { shortOne });
    REQUIRE_THROWS_AS(findRepeats(db.connection(), u"2026-9999"_s), Error);
    (void)later;
}

TEST_CASE("an application not yet registered gets the same hints, its applicant's every case earlier", "[repeats]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const Database db = Database::open(test::newTestRegister(dir, u"unsaved.ogi"_s), OpenMode::CreateIfMissing);
    CaseRepository repository(db);
    Application earlier = test::samplePersonApplication(QDate(2026, 3, 2));
    earlier.description = u"请公开2025年岳麓街道最低生活保障对象名单"_s;
    const QString first = repository.add(earlier, u"clerk"_s);
    Application other = test::samplePersonApplication(QDate(2026, 3, 3));
    other.description = u"请公开某某路拓宽工程的环境影响评价报告"_s;
    repository.add(other, u"clerk"_s);

    // Known applicant, request not typed yet: their cases are counted, nothing compared.
    Application typing = test::samplePersonApplication(QDate(2026, 4, 1));
    typing.description.clear();
    RepeatHints hints = findRepeats(db.connection(), typing);
    CHECK(hints.sameApplicantCases == 2);
    CHECK(hints.sameApplicant.isEmpty());
    CHECK(hints.isEmpty());

    typing.description = u"申请公开2025年岳麓街道最低生活保障对象名单。"_s;
    hints = findRepeats(db.connection(), typing);
    CHECK(numbers(hints.sameApplicant) == QStringList { first });

    // Without an ID number nobody is known to be the same applicant.
    typing.applicants.front().idNumber.clear();
    hints = findRepeats(db.connection(), typing);
    CHECK(hints.sameApplicantCases == 0);
    CHECK(hints.sameApplicant.isEmpty());
}
