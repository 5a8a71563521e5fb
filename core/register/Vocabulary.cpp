#include "Vocabulary.h"

#include <QCoreApplication>

namespace ogi {

const QList<Term<ApplicantKind>>& applicantKinds()
{
    static const QList<Term<ApplicantKind>> terms = {
        { ApplicantKind::Person, "person", "自然人", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Natural person") },
        { ApplicantKind::Organisation, "organisation", "法人或其他组织",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Legal person or other organisation") },
    };
    return terms;
}

const QList<Term<OrganisationType>>& organisationTypes()
{
    static const QList<Term<OrganisationType>> terms = {
        { OrganisationType::Commercial, "commercial", "商业企业",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Commercial enterprise") },
        { OrganisationType::Research, "research", "科研机构",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Research institution") },
        { OrganisationType::PublicInterest, "public_interest", "社会公益组织",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Public-interest organisation") },
        { OrganisationType::LegalService, "legal_service", "法律服务机构",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Legal service institution") },
        { OrganisationType::Other, "other", "其他", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other organisation") },
    };
    return terms;
}

const QList<Term<IdDocumentType>>& idDocumentTypes()
{
    static const QList<Term<IdDocumentType>> terms = {
        { IdDocumentType::ResidentId, "resident_id", "居民身份证",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Resident identity card") },
        { IdDocumentType::Passport, "passport", "护照", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Passport") },
        { IdDocumentType::HongKongMacaoPermit, "hk_macao_permit", "港澳居民来往内地通行证",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Mainland travel permit for Hong Kong and Macao residents") },
        { IdDocumentType::TaiwanPermit, "taiwan_permit", "台湾居民来往大陆通行证",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Mainland travel permit for Taiwan residents") },
        { IdDocumentType::ForeignPermanentId, "foreign_permanent_id", "外国人永久居留身份证",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Foreign permanent resident ID card") },
        { IdDocumentType::Other, "other", "其他证件", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Other document") },
    };
    return terms;
}

const QList<Term<Channel>>& channels()
{
    static const QList<Term<Channel>> terms = {
        { Channel::InPerson, "in_person", "当面", QT_TRANSLATE_NOOP("ogi::Vocabulary", "In person") },
        { Channel::Post, "post", "邮寄", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Post") },
        { Channel::OrdinaryLetter, "ordinary_letter", "平常信函",
            QT_TRANSLATE_NOOP("ogi::Vocabulary", "Ordinary letter") },
        { Channel::Online, "online", "网络平台", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Online platform") },
        { Channel::Email, "email", "电子邮件", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Email") },
        { Channel::Fax, "fax", "传真", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Fax") },
    };
    return terms;
}

const QList<Term<RequestedForm>>& requestedForms()
{
    static const QList<Term<RequestedForm>> terms = {
        { RequestedForm::Paper, "paper", "纸质", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Paper") },
        { RequestedForm::Electronic, "electronic", "电子", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Electronic") },
    };
    return terms;
}

const QList<Term<DeliveryWay>>& deliveryWays()
{
    static const QList<Term<DeliveryWay>> terms = {
        { DeliveryWay::Post, "post", "邮寄", QT_TRANSLATE_NOOP("ogi::Vocabulary", "By post") },
        { DeliveryWay::Pickup, "pickup", "自行领取", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Collected in person") },
        { DeliveryWay::Email, "email", "电子邮件", QT_TRANSLATE_NOOP("ogi::Vocabulary", "By email") },
        { DeliveryWay::Fax, "fax", "传真", QT_TRANSLATE_NOOP("ogi::Vocabulary", "By fax") },
        { DeliveryWay::Online, "online", "网上", QT_TRANSLATE_NOOP("ogi::Vocabulary", "Online") },
    };
    return terms;
}

} // namespace ogi
