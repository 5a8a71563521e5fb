#include "IdentityMasking.h"

namespace ogi {

QString maskIdentityNumber(const QString& number)
{
    if (number.size() <= 10)
        return QString(number.size(), u'*');
    return number.left(6) + QString(number.size() - 10, u'*') + number.right(4);
}

} // namespace ogi
