#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ogi {

QString chooseLanguage(const QLocale& locale)
{
    return locale.language() == QLocale::English ? u"en"_s : u"zh_CN"_s;
}

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    const QString language = chooseLanguage(locale);
    // Dates, month and weekday names (calendar popups) follow the language, not a C locale.
    QLocale::setDefault(language == u"en" ? QLocale(QLocale::English, QLocale::UnitedStates)
                                          : QLocale(QLocale::Chinese, QLocale::China));
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* ogiTranslator = new QTranslator(&app);
    if (ogiTranslator->load(u":/i18n/ogi_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(ogiTranslator);
    return language;
}

} // namespace ogi
