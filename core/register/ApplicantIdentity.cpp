#include "ApplicantIdentity.h"

#include "validation/CreditCode.h"
#include "validation/ResidentIdNumber.h"

using namespace Qt::StringLiterals;

namespace ogi {

QString applicantIdentityKey(const Applicant& a)
{
    if (a.kind == ApplicantKind::Organisation)
        return u"uscc:"_s + normaliseCreditCode(a.creditCode);
    return codeOf(idDocumentTypes(), a.idType) + u':' + normaliseResidentIdNumber(a.idNumber);
}

bool hasIdentityNumber(const Applicant& a)
{
    return !(a.kind == ApplicantKind::Organisation ? a.creditCode : a.idNumber).trimmed().isEmpty();
}

} // namespace ogi
