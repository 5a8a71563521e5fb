#include "TestApp.h"

#include "i18n/Translations.h"
#include "lifecycle/CaseState.h"
#include "register/Vocabulary.h"

#include <QCoreApplication>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

// The display name of every term, under zh_CN, is exactly the Chinese term offices use
// (the one accepted on input): the .ts file and the vocabulary tables cannot drift apart.
template <typename E>
void requireChineseDisplayNames(const QList<Term<E>>& terms)
{
    for (const Term<E>& term : terms) {
        INFO(term.code);
        CHECK(displayName(terms, term.value) == QString::fromUtf8(term.chinese));
    }
}

} // namespace

TEST_CASE("the language is Chinese unless the locale is English", "[i18n]")
{
    CHECK(chooseLanguage(QLocale(QLocale::English, QLocale::UnitedStates)) == u"en");
    CHECK(chooseLanguage(QLocale(QLocale::Chinese, QLocale::China)) == u"zh_CN");
    CHECK(chooseLanguage(QLocale::c()) == u"zh_CN");
    CHECK(chooseLanguage(QLocale(QLocale::German, QLocale::Germany)) == u"zh_CN");
}

TEST_CASE("zh_CN translations are embedded and match the register's Chinese terms", "[i18n]")
{
    test::ensureCoreApp();
    QTranslator translator;
    REQUIRE(translator.load(u":/i18n/ogi_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&translator);

    requireChineseDisplayNames(applicantKinds());
    requireChineseDisplayNames(organisationTypes());
    requireChineseDisplayNames(idDocumentTypes());
    requireChineseDisplayNames(channels());
    requireChineseDisplayNames(requestedForms());
    requireChineseDisplayNames(deliveryWays());
    for (CaseState state : allCaseStates()) {
        INFO(caseStateCode(state).toStdString());
        // The translated name is the Chinese name parseCaseState accepts.
        CHECK(parseCaseState(caseStateName(state)) == state);
    }
    QCoreApplication::removeTranslator(&translator);
    CHECK(caseStateName(CaseState::Registered) == u"Registered");
}
