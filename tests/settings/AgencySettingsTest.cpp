// The agency profile: document number patterns, field-by-field validation, storage with
// audit rows, administrators only.
#include "TestApp.h"
#include "WorkflowFixture.h"

#include "Error.h"
#include "settings/DocumentNumberPattern.h"
#include "settings/OfficeSettings.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace ogi;
using namespace Qt::StringLiterals;

TEST_CASE("document number patterns: {n} once, {year} optional, nothing else in braces", "[settings]")
{
    struct Case
    {
        QString pattern;
        bool valid;
        QString first2026; // number 1 of 2026 when valid
    };
    const QList<Case> cases = {
        { u"某政公开〔{year}〕第{n}号"_s, true, u"某政公开〔2026〕第1号"_s },
        { u"依申请公开{n}号"_s, true, u"依申请公开1号"_s },
        { u"{year}-{n}"_s, true, u"2026-1"_s },
        { u"某政公开〔{year}〕第号"_s, false, {} }, // no {n}
        { u"{n}-{n}"_s, false, {} }, // twice
        { u"某政公开〔{yr}〕{n}号"_s, false, {} }, // unknown placeholder
        { u"某政公开〔{year〕{n}号"_s, false, {} }, // unclosed brace
        { QString(58, u'字') + u"{n}"_s, false, {} }, // 61 characters
        { QString(57, u'字') + u"{n}"_s, true, QString(57, u'字') + u"1"_s },
    };
    for (const Case& c : cases) {
        INFO(c.pattern.toStdString());
        CHECK(documentNumberPatternProblem(c.pattern).isEmpty() == c.valid);
        if (c.valid)
            CHECK(formatDocumentNumber(c.pattern, 2026, 1) == c.first2026);
    }
    CHECK(formatDocumentNumber(u"X〔{year}〕{n}号"_s, 2027, 1024) == u"X〔2027〕1024号");
}

TEST_CASE("agency profile: problems by field, stored with an audit row per change, admin only", "[settings]")
{
    test::WorkflowFixture f;
    OfficeSettings settings(*f.database, f.clock);
    const OfficeSettings::AgencyProfile bad { QString(), u"X 1"_s, QString(101, u'复'), u"某某区人民法院"_s,
        u"第{m}号"_s, QString(101, u'电'), false };
    const QList<FieldIssue> issues = OfficeSettings::validateAgencyProfile(bad);
    QStringList fields;
    for (const FieldIssue& issue : issues)
        fields << issue.field;
    CHECK(fields
        == QStringList { u"name"_s, u"code"_s, u"reconsideration_body"_s, u"document_number_pattern"_s, u"contact"_s });
    try {
        settings.setAgencyProfile(bad, f.admin);
        FAIL("stored");
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        CHECK(e.issues().size() == 5);
    }
    CHECK(settings.agencyProfile().court.isEmpty());

    const OfficeSettings::AgencyProfile good { u" 某某区人民政府办公室 "_s, u"QB-01"_s, u"某某区人民政府"_s,
        u"某某区人民法院"_s, u"某政公开〔{year}〕第{n}号"_s, u"电话：010-12345678"_s, false };
    CHECK(OfficeSettings::validateAgencyProfile(good).isEmpty());
    // Numbered apart, the pattern must tell the types apart.
    OfficeSettings::AgencyProfile perType = good;
    perType.numberPerType = true;
    REQUIRE(OfficeSettings::validateAgencyProfile(perType).size() == 1);
    CHECK(OfficeSettings::validateAgencyProfile(perType).front().field == u"document_number_pattern");
    perType.documentNumberPattern = u"某政{type}〔{year}〕第{n}号"_s;
    CHECK(OfficeSettings::validateAgencyProfile(perType).isEmpty());
    CHECK_THROWS_AS(settings.setAgencyProfile(good, f.clerk), Error);
    const auto audited = [&] {
        return sql::scalar(f.database->connection(), u"SELECT count(*) FROM audit_log WHERE action LIKE 'settings.%'"_s)
            .toInt();
    };
    const int before = audited();
    settings.setAgencyProfile(good, f.admin);
    const OfficeSettings::AgencyProfile stored = settings.agencyProfile();
    CHECK(stored.name == u"某某区人民政府办公室"); // trimmed
    CHECK(stored.documentNumberPattern == u"某政公开〔{year}〕第{n}号");
    CHECK(stored.contact == u"电话：010-12345678");
    CHECK_FALSE(stored.numberPerType);
    CHECK(audited() == before + 7); // five values, the contact line and the numbering
    settings.setAgencyProfile(good, f.admin);
    CHECK(audited() == before + 7); // nothing changed, nothing audited
}
