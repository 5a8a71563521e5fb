#include "ApplicationParties.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ogi {

const Applicant& leadApplicant(const Application& application)
{
    for (const Applicant& a : application.applicants)
        if (a.representative)
            return a;
    return application.applicants.front();
}

QString noticeAddressee(const Application& application)
{
    if (application.applicants.isEmpty())
        return {};
    QString names;
    const Applicant& lead = leadApplicant(application);
    if (lead.representative) {
        names = lead.name.trimmed();
    } else {
        QStringList all;
        for (const Applicant& a : application.applicants)
            if (!a.name.trimmed().isEmpty())
                all << a.name.trimmed();
        names = all.join(u"、"_s);
    }
    if (application.agent && !application.agent->name.trimmed().isEmpty())
        names += u"（委托代理人：%1）"_s.arg(application.agent->name.trimmed());
    return names;
}

ReplyAddress replyAddress(const Application& application)
{
    ReplyAddress to;
    if (!application.applicants.isEmpty()) {
        const Applicant& lead = leadApplicant(application);
        to = { lead.address.trimmed(), lead.postcode.trimmed(), lead.email.trimmed() };
    }
    if (const std::optional<Agent>& agent = application.agent) {
        if (!agent->address.trimmed().isEmpty())
            to = { agent->address.trimmed(), agent->postcode.trimmed(), to.email };
        if (!agent->email.trimmed().isEmpty())
            to.email = agent->email.trimmed();
    }
    return to;
}

} // namespace ogi
