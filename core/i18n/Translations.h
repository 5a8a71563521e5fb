#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace ogi {

// OGI Desk speaks Chinese (zh_CN) unless the user's locale is English. Loads Qt's own
// translations and ours (embedded as :/i18n/ogi_<lang>.qm) into `app`; returns the
// language chosen ("zh_CN" or "en"). Call once, after the application object exists.
QString installTranslations(QCoreApplication& app, const QLocale& locale = QLocale::system());

// The language installTranslations() would choose for `locale`.
QString chooseLanguage(const QLocale& locale);

} // namespace ogi
