#include "ReceiptDateRule.h"

#include <QCoreApplication>

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReceiptDateRule)
    };
} // namespace

QString receiptDateRule(Channel channel)
{
    switch (channel) {
    case Channel::InPerson:
        return Tr::tr("Art. 31: submitted in person, received on the day it was submitted.");
    case Channel::Post:
        return Tr::tr("Art. 31: by post, received on the day the office signed for it.");
    case Channel::OrdinaryLetter:
        return Tr::tr("Art. 31: by ordinary letter, received on the day the office confirmed it with the applicant.");
    case Channel::Online:
    case Channel::Email:
    case Channel::Fax:
        return Tr::tr("Art. 31: online, by email or by fax, received on the day both sides confirmed it.");
    }
    return {};
}

bool receiptIsSubmissionDay(Channel channel)
{
    return channel == Channel::InPerson;
}

} // namespace ogi
