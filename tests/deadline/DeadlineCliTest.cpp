// `ogi calendar`, `ogi deadline`, `ogi due` end to end, through the built binary.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"

#include "register/CaseRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
QJsonObject jsonObject(const QString& text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    REQUIRE(document.isObject());
    return document.object();
}

const QStringList kEnglish = { u"LANG=en_US.UTF-8"_s };
} // namespace

TEST_CASE("ogi calendar days prints one line per date with the holiday's name", "[cli][calendar]")
{
    const test::ProcessResult result = test::runCli({ u"calendar"_s, u"days"_s, u"2026-09-25"_s, u"2026-10-11"_s });
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.isEmpty());
    const QString expected = u"2026-09-25 off 中秋节\n"
                             u"2026-09-26 off 中秋节\n"
                             u"2026-09-27 off 中秋节\n"
                             u"2026-09-28 work\n"
                             u"2026-09-29 work\n"
                             u"2026-09-30 work\n"
                             u"2026-10-01 off 国庆节\n"
                             u"2026-10-02 off 国庆节\n"
                             u"2026-10-03 off 国庆节\n"
                             u"2026-10-04 off 国庆节\n"
                             u"2026-10-05 off 国庆节\n"
                             u"2026-10-06 off 国庆节\n"
                             u"2026-10-07 off 国庆节\n"
                             u"2026-10-08 work\n"
                             u"2026-10-09 work\n"
                             u"2026-10-10 work 国庆节\n"
                             u"2026-10-11 off\n"_s;
    CHECK(result.out == expected);
}

TEST_CASE("ogi calendar days marks dates past the calendar", "[cli][calendar]")
{
    const test::ProcessResult result
        = test::runCli({ u"calendar"_s, u"days"_s, u"2026-12-31"_s, u"2027-01-01"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0) == u"2026-12-31 work");
    CHECK(lines.at(1).startsWith(u"2027-01-01 work (calendar not known)"_s));
    CHECK(result.err.contains(u"2027"_s));
}

TEST_CASE("ogi calendar and deadline refuse impossible input with exit 2", "[cli][deadline]")
{
    const QList<QStringList> rows = {
        { u"calendar"_s, u"days"_s, u"2026-02-30"_s, u"2026-03-01"_s }, // no such date
        { u"calendar"_s, u"days"_s, u"2026-10-11"_s, u"2026-09-25"_s }, // FROM after TO
        { u"calendar"_s, u"days"_s, u"2026-10-11"_s }, // TO missing
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-02-30"_s },
        { u"deadline"_s, u"calc"_s }, // --received missing
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--pause"_s, u"2026-03-12:2026-03-10"_s },
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--pause"_s, u"2026-03-10"_s },
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--supplement-received"_s, u"2026-03-09"_s },
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--as-of"_s, u"2026-13-01"_s },
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--extend"_s, u"many"_s },
    };
    for (const QStringList& args : rows) {
        INFO(args.join(u' ').toStdString());
        const test::ProcessResult result = test::runCli(args, {}, kEnglish);
        CHECK(result.exitCode == 2);
        CHECK_FALSE(result.err.isEmpty());
    }
    const test::ProcessResult bad = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s, u"--pause"_s, u"2026-03-12:2026-03-10"_s }, {},
        kEnglish);
    CHECK(bad.err.contains(u"before it starts"_s));
}

TEST_CASE("ogi deadline calc --json gives due, days left, status, provisional and steps", "[cli][deadline]")
{
    // National Day 2026: received on a holiday-adjacent Friday.
    test::ProcessResult result = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-09-25"_s, u"--as-of"_s, u"2026-10-12"_s, u"--json"_s }, {},
        kEnglish);
    REQUIRE(result.exitCode == 0);
    QJsonObject json = jsonObject(result.out);
    CHECK(json.value(u"due"_s).toString() == u"2026-10-29");
    CHECK(json.value(u"working_days_left"_s).toInt() == 13);
    CHECK(json.value(u"status"_s).toString() == u"on_track");
    CHECK(json.value(u"provisional"_s).toBool() == false);
    REQUIRE(json.value(u"steps"_s).toArray().size() == 3);
    CHECK(json.value(u"steps"_s).toArray().at(0).toObject().value(u"kind"_s).toString() == u"receipt");
    CHECK_FALSE(json.value(u"steps"_s).toArray().at(0).toObject().value(u"text"_s).toString().isEmpty());

    // Two pauses (a consultation, a fee notice) and --pause given twice.
    result = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-02"_s, u"--pause"_s, u"2026-03-05:2026-03-12"_s,
            u"--pause=2026-03-20:2026-04-08"_s, u"--as-of"_s, u"2026-04-22"_s, u"--json"_s },
        {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    json = jsonObject(result.out);
    CHECK(json.value(u"due"_s).toString() == u"2026-04-23");
    CHECK(json.value(u"status"_s).toString() == u"due_soon");
    CHECK(json.value(u"working_days_left"_s).toInt() == 1);

    // Supplement and extension.
    result = test::runCli({ u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-02-05"_s, u"--supplement-requested"_s,
                              u"2026-02-09"_s, u"--supplement-received"_s, u"2026-02-12"_s, u"--extend"_s, u"10"_s,
                              u"--extend-approved"_s, u"2026-03-10"_s, u"--as-of"_s, u"2026-03-10"_s, u"--json"_s },
        {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    json = jsonObject(result.out);
    CHECK(json.value(u"due"_s).toString() == u"2026-04-01"); // 30 working days from 02-12
    CHECK(json.value(u"supplement_notice"_s).toObject().value(u"status"_s).toString() == u"met_on_time");

    // Past the calendar: provisional, with the reason.
    result = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-12-15"_s, u"--as-of"_s, u"2026-12-15"_s, u"--json"_s }, {},
        kEnglish);
    REQUIRE(result.exitCode == 0);
    json = jsonObject(result.out);
    CHECK(json.value(u"due"_s).toString() == u"2027-01-12");
    CHECK(json.value(u"provisional"_s).toBool());
    CHECK(json.value(u"provisional_reason"_s).toString().contains(u"2027"_s));
}

TEST_CASE("ogi deadline calc: an extension asked after the deadline is refused (exit 1)", "[cli][deadline]")
{
    const test::ProcessResult result = test::runCli({ u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-04"_s,
                                                        u"--extend"_s, u"10"_s, u"--as-of"_s, u"2026-04-02"_s },
        {}, kEnglish);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"2026-04-01"_s));
    CHECK(result.err.contains(u"Art. 33"_s));
}

TEST_CASE("ogi deadline CASE and ogi due read the stored register", "[cli][deadline]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = test::newTestRegister(dir, u"cli.db"_s);
    QString soon;
    QString overdue;
    {
        const Database db = Database::open(path, OpenMode::CreateIfMissing);
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        CaseRepository repository(db, clock);
        soon = repository.add(test::samplePersonApplication(QDate(2026, 3, 4)), u"clerk"_s);
        repository.recordEvent(soon, u"accept"_s, QDate(2026, 3, 5), u"clerk"_s);
        overdue = repository.add(test::samplePersonApplication(QDate(2026, 2, 24)), u"clerk"_s);
        repository.recordEvent(overdue, u"accept"_s, QDate(2026, 2, 25), u"clerk"_s);
    }
    test::ProcessResult result = test::runCli(
        { u"--db"_s, path, u"deadline"_s, soon, u"--as-of"_s, u"2026-03-27"_s, u"--json"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    QJsonObject json = jsonObject(result.out);
    CHECK(json.value(u"case_number"_s).toString() == soon);
    CHECK(json.value(u"due"_s).toString() == u"2026-04-01");
    CHECK(json.value(u"status"_s).toString() == u"due_soon");

    result = test::runCli({ u"--db"_s, path, u"deadline"_s, soon, u"--as-of"_s, u"2026-03-27"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(u"2026-04-01"_s));
    CHECK(result.out.contains(u"Art. 33"_s));

    result = test::runCli({ u"--db"_s, path, u"due"_s, u"--as-of"_s, u"2026-03-27"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(0).startsWith(overdue));
    CHECK(lines.at(1).startsWith(soon));

    result = test::runCli(
        { u"--db"_s, path, u"due"_s, u"--within"_s, u"-1"_s, u"--as-of"_s, u"2026-03-27"_s, u"--json"_s }, {},
        kEnglish);
    REQUIRE(result.exitCode == 2); // --within is a count of days, not negative
    result = test::runCli(
        { u"--db"_s, path, u"due"_s, u"--within"_s, u"0"_s, u"--as-of"_s, u"2026-03-27"_s, u"--json"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(result.out.toUtf8()).array();
    REQUIRE(array.size() == 1);
    CHECK(array.at(0).toObject().value(u"case_number"_s).toString() == overdue);
    CHECK(array.at(0).toObject().value(u"status"_s).toString() == u"overdue");

    result = test::runCli({ u"--db"_s, path, u"deadline"_s, u"2026-9999"_s }, {}, kEnglish);
    CHECK(result.exitCode == 1);
}

TEST_CASE("ogi calendar import adds next year's notice to the office calendar", "[cli][calendar]")
{
    QTemporaryDir dir;
    const QString path = test::newTestRegister(dir, u"cal.db"_s);
    REQUIRE(test::runCli({ u"--db"_s, path, u"init"_s, u"--admin"_s, u"admin"_s }).exitCode == 0);
    const QString csv = dir.filePath(u"2027.csv"_s);
    test::writeBytes(csv, "date,kind,name\n2027-01-01,off,元旦\n2027-02-20,work,春节\n");
    test::ProcessResult result
        = test::runCli({ u"--db"_s, path, u"--user"_s, u"admin"_s, u"calendar"_s, u"import"_s, csv }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    result = test::runCli({ u"--db"_s, path, u"calendar"_s, u"days"_s, u"2027-01-01"_s, u"2027-01-01"_s });
    REQUIRE(result.exitCode == 0);
    CHECK(result.out == u"2027-01-01 off 元旦\n");
    CHECK(result.err.isEmpty());
    // Without --db only the shipped calendar applies.
    result = test::runCli({ u"calendar"_s, u"days"_s, u"2027-01-01"_s, u"2027-01-01"_s }, {}, kEnglish);
    CHECK(result.out.contains(u"2027-01-01 work (calendar not known)"_s));
    // A bad file: exit 1, nothing imported.
    test::writeBytes(csv, "date,kind,name\n2028-02-30,off,x\n");
    result = test::runCli({ u"--db"_s, path, u"--user"_s, u"admin"_s, u"calendar"_s, u"import"_s, csv }, {}, kEnglish);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"line 2"_s));
    CHECK(test::runCli({ u"--db"_s, path, u"verify"_s }).exitCode == 0);
}

namespace {
// The deadline lines of `ogi show` (after its 期限： header) or all of `ogi deadline`'s output,
// with every ASCII word of three letters or more they contain: a Chinese reader must meet none
// (case numbers and dates are digits).
QStringList englishWords(const QString& text)
{
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    QStringList found;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts))
        for (auto it = word.globalMatch(line); it.hasNext();)
            found << it.next().captured() + u" in: "_s + line;
    return found;
}

QString afterLine(const QString& text, const QString& header)
{
    const qsizetype at = text.indexOf(u'\n' + header + u'\n');
    REQUIRE(at >= 0);
    return text.mid(at + header.size() + 2);
}
} // namespace

TEST_CASE("ogi show and ogi deadline explain the deadline in Chinese only (zh_CN)", "[cli][deadline][i18n]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = test::newTestRegister(dir, u"zh.db"_s);
    QString number;
    {
        const Database db = Database::open(path, OpenMode::CreateIfMissing);
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        CaseRepository repository(db, clock);
        number = repository.add(test::samplePersonApplication(QDate(2026, 9, 15)), u"clerk"_s);
        // A consultation across National Day, an extension and its notice: most kinds of step.
        repository.recordEvent(number, u"accept"_s, QDate(2026, 9, 16), u"clerk"_s);
        repository.recordEvent(number, u"assign"_s, QDate(2026, 9, 16), u"clerk"_s, {}, {},
            { { u"department"_s, u"办公室"_s }, { u"clerk"_s, u"clerk"_s } });
        repository.recordEvent(number, u"consult"_s, QDate(2026, 9, 22), u"clerk"_s, {}, {},
            { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某某公司"_s } });
        repository.recordEvent(
            number, u"consult_answer"_s, QDate(2026, 10, 9), u"clerk"_s, {}, {}, { { u"answer"_s, u"consent"_s } });
        repository.recordEvent(number, u"extend"_s, QDate(2026, 10, 20), u"clerk"_s, {}, {},
            { { u"days"_s, 10 }, { u"reason"_s, u"档案较多"_s } });
        repository.recordEvent(
            number, u"approve_extension"_s, QDate(2026, 10, 20), u"chief"_s, {}, {}, { { u"days"_s, 10 } });
        repository.recordEvent(number, u"issue_notice"_s, QDate(2026, 10, 21), u"clerk"_s, {}, {},
            { { u"notice_type"_s, u"extension"_s }, { u"notice"_s, u"某政公开〔2026〕第1号"_s },
                { u"notice_id"_s, 1 } });
    }
    const auto check = [](const test::ProcessResult& result, const QString& lines) {
        INFO(result.out.toStdString() << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QStringList english = englishWords(lines);
        INFO(english.join(u'\n').toStdString());
        CHECK(english.isEmpty());
        // Chinese punctuation: the period's name is followed by a full-width colon.
        CHECK(lines.startsWith(u"答复（第三十三条）："_s));
        CHECK(lines.contains(u"日期推算过程："_s));
    };
    const test::ProcessResult deadline
        = test::runCli({ u"--db"_s, path, u"deadline"_s, number, u"--as-of"_s, u"2026-10-22"_s });
    CHECK(deadline.out.startsWith(u"案件 %1 — "_s.arg(number)));
    check(deadline, deadline.out.section(u'\n', 1));
    const test::ProcessResult show = test::runCli({ u"--db"_s, path, u"show"_s, number });
    check(show, afterLine(show.out, u"期限："_s));

    // The engine's other steps, through `ogi deadline calc`: a supplement, an Art. 35 date past
    // the known calendar (provisional), an open consultation.
    const test::ProcessResult calc = test::runCli({ u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-12-01"_s,
        u"--supplement-requested"_s, u"2026-12-03"_s, u"--supplement-received"_s, u"2026-12-07"_s,
        u"--later-date"_s, u"2027-03-01"_s, u"--as-of"_s, u"2026-12-08"_s });
    check(calc, calc.out);
    const test::ProcessResult paused = test::runCli({ u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-02"_s,
        u"--pause"_s, u"2026-03-05:"_s, u"--as-of"_s, u"2026-03-10"_s });
    check(paused, paused.out);
    // Issue 16's steps and warnings: a consultation past its 15 days, an extension not told
    // (urgent), one told too late, a fee notice whose receipt is or is not recorded.
    const QList<std::pair<QStringList, bool>> runs = {
        { { u"--pause"_s, u"2026-09-22:"_s, u"--extend"_s, u"20"_s, u"--extend-approved"_s, u"2026-10-09"_s,
              u"--extend-not-told"_s, u"--as-of"_s, u"2026-11-05"_s },
            true },
        { { u"--extend"_s, u"20"_s, u"--extend-approved"_s, u"2026-10-09"_s, u"--extend-not-told"_s, u"--as-of"_s,
              u"2026-10-15"_s },
            true },
        { { u"--pause"_s, u"2026-09-22:2026-10-26"_s, u"--extend"_s, u"20"_s, u"--extend-approved"_s, u"2026-10-19"_s,
              u"--extend-told"_s, u"2026-11-12"_s, u"--as-of"_s, u"2026-11-12"_s },
            false },
        { { u"--fee-pause"_s, u"2026-09-22:"_s, u"--as-of"_s, u"2026-09-25"_s }, true },
        { { u"--fee-pause"_s, u"2026-09-22:"_s, u"--fee-received"_s, u"2026-09-23"_s, u"--as-of"_s, u"2026-09-25"_s },
            false },
    };
    for (const auto& [args, warned] : runs) {
        INFO(args.join(u' ').toStdString());
        const test::ProcessResult result
            = test::runCli(QStringList { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-09-15"_s } + args);
        check(result, result.out);
        CHECK(result.out.contains(u"注意："_s) == warned);
    }
}

TEST_CASE("ogi deadline and ogi due: an extension not told counts for nothing and is warned of (Art. 33(2))",
    "[cli][deadline][extension]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = test::newTestRegister(dir, u"ext.db"_s);
    QString pending;
    QString late;
    {
        const Database db = Database::open(path, OpenMode::CreateIfMissing);
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
        CaseRepository repository(db, clock);
        // Received 2026-10-15: due 11-12; 15 more working days approved on 11-03.
        for (QString* number : { &pending, &late }) {
            *number = repository.add(test::samplePersonApplication(QDate(2026, 10, 15)), u"clerk"_s);
            repository.recordEvent(*number, u"accept"_s, QDate(2026, 10, 16), u"clerk"_s);
            repository.recordEvent(*number, u"extend"_s, QDate(2026, 11, 2), u"clerk"_s, {}, {},
                { { u"days"_s, 15 }, { u"reason"_s, u"档案较多"_s } });
            repository.recordEvent(
                *number, u"approve_extension"_s, QDate(2026, 11, 3), u"chief"_s, {}, {}, { { u"days"_s, 15 } });
        }
        // Told on 11-16, two working days after the original deadline.
        repository.recordEvent(late, u"issue_notice"_s, QDate(2026, 11, 16), u"clerk"_s, {}, {},
            { { u"notice_type"_s, u"extension"_s }, { u"notice"_s, u"某政公开〔2026〕第9号"_s },
                { u"notice_id"_s, 9 } });
    }
    // Two working days before the original date, the notice still missing: a clear line.
    test::ProcessResult result
        = test::runCli({ u"--db"_s, path, u"deadline"_s, pending, u"--as-of"_s, u"2026-11-10"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(u"Reply (Art. 33): due 2026-11-12"_s));
    CHECK(result.out.contains(u"Attention: The extension notice is still missing, 2 working days before the deadline "
                              u"of 2026-11-12"_s));
    result = test::runCli({ u"--db"_s, path, u"due"_s, u"--as-of"_s, u"2026-11-10"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype at = lines.indexOf(QRegularExpression(u"^"_s + pending + u" .*"_s));
    REQUIRE(at >= 0);
    REQUIRE(at + 1 < lines.size());
    CHECK(lines.at(at + 1).startsWith(u"    Attention: The extension notice is still missing"_s));
    result = test::runCli({ u"--db"_s, path, u"due"_s, u"--as-of"_s, u"2026-11-10"_s, u"--json"_s }, {}, kEnglish);
    const QJsonArray board = QJsonDocument::fromJson(result.out.toUtf8()).array();
    bool found = false;
    for (const QJsonValue& entry : board)
        if (entry.toObject().value(u"case_number"_s).toString() == pending) {
            found = true;
            CHECK(entry.toObject().value(u"warnings"_s).toArray()
                == QJsonArray { u"extension_not_told"_s, u"extension_notice_urgent"_s });
            CHECK(entry.toObject().value(u"extended_due"_s).toString() == u"2026-12-03");
        }
    CHECK(found);

    // Told two working days too late: the explanation says why the extension does not count.
    result = test::runCli({ u"--db"_s, path, u"deadline"_s, late, u"--as-of"_s, u"2026-11-20"_s }, {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(u"Reply (Art. 33): due 2026-11-12 — overdue by 6 working days"_s));
    CHECK(result.out.contains(u"Extension approved on 2026-11-03 but the applicant was not told by the original "
                              u"deadline 2026-11-12 (told on 2026-11-16; Art. 33(2)): it does not count."_s));
    result = test::runCli(
        { u"--db"_s, path, u"deadline"_s, pending, u"--as-of"_s, u"2026-11-20"_s, u"--json"_s }, {}, kEnglish);
    const QJsonObject json = jsonObject(result.out);
    CHECK(json.value(u"due"_s).toString() == u"2026-11-12");
    CHECK(json.value(u"status"_s).toString() == u"overdue");
    const QJsonArray steps = json.value(u"steps"_s).toArray();
    CHECK(std::any_of(steps.begin(), steps.end(),
        [](const QJsonValue& step) { return step.toObject().value(u"kind"_s).toString() == u"extension_not_told"; }));

    // The calculator: an extension not told, and one told on a given day.
    result = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-09-15"_s, u"--extend"_s, u"20"_s, u"--extend-approved"_s,
            u"2026-10-09"_s, u"--extend-not-told"_s, u"--as-of"_s, u"2026-10-15"_s, u"--json"_s },
        {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(jsonObject(result.out).value(u"due"_s).toString() == u"2026-10-19");
    result = test::runCli(
        { u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-09-15"_s, u"--extend"_s, u"20"_s, u"--extend-approved"_s,
            u"2026-10-09"_s, u"--extend-told"_s, u"2026-10-19"_s, u"--as-of"_s, u"2026-10-15"_s, u"--json"_s },
        {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(jsonObject(result.out).value(u"due"_s).toString() == u"2026-11-16");
    // The fee: its receipt gives the applicant's last day to pay.
    result
        = test::runCli({ u"deadline"_s, u"calc"_s, u"--received"_s, u"2026-03-02"_s, u"--fee-pause"_s, u"2026-03-10:"_s,
                           u"--fee-received"_s, u"2026-03-12"_s, u"--as-of"_s, u"2026-03-13"_s, u"--json"_s },
            {}, kEnglish);
    REQUIRE(result.exitCode == 0);
    CHECK(jsonObject(result.out).value(u"paused_until"_s).toString() == u"2026-04-10");
}
