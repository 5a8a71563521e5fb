#pragma once

#include "register/Application.h"

#include <QString>

namespace ogi {

// Who an application's notices go to. The 条例 names only 申请人 (Art. 29) and says nothing
// of co-applicants or agents; the rule is the office practice of docs/legal-rules.md:
// every co-applicant is addressed (names joined with 、), or the representative (代表人) alone
// when one is named; with an authorised agent the notice is addressed to the applicant, care
// of the agent, and sent where the agent can be reached.

// The applicant who speaks for the application: the named representative, else the first.
// `application` must have an applicant.
const Applicant& leadApplicant(const Application& application);

// The addressee line of a notice: "张三、李四", "张三" (the representative), and with an agent
// "张三（委托代理人：王律师）".
QString noticeAddressee(const Application& application);

// Where the reply is sent: the agent's address and email when the agent gave them, else the
// lead applicant's.
struct ReplyAddress
{
    QString address;
    QString postcode;
    QString email;
};
ReplyAddress replyAddress(const Application& application);

} // namespace ogi
