#include "ContactFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

bool isValidPhoneNumber(const QString& phone)
{
    QString p = phone.trimmed();
    p.remove(u' ');
    static const QRegularExpression prefix(u"^(\\+86|0086)-?"_s);
    p.remove(prefix);
    static const QRegularExpression mobile(u"^1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^(0\\d{2,3}-?)?[2-9]\\d{6,7}((-|转|ext\\.?)\\d{1,6})?$"_s);
    static const QRegularExpression service(u"^[48]00-?\\d{3}-?\\d{4}$"_s);
    return mobile.match(p).hasMatch() || landline.match(p).hasMatch() || service.match(p).hasMatch();
}

bool isValidPostcode(const QString& postcode)
{
    static const QRegularExpression shape(u"^\\d{6}$"_s);
    return shape.match(postcode.trimmed()).hasMatch();
}

bool isValidEmail(const QString& email)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return shape.match(email.trimmed()).hasMatch();
}

} // namespace ogi
