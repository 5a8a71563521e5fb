#include "EmailCase.h"

#include "NoticeCases.h"

#include "notices/NoticeStore.h"
#include "notices/NoticeTemplates.h"
#include "settings/OfficeSettings.h"

using namespace Qt::StringLiterals;

namespace ogi::test {

EmailCase::EmailCase(int port, bool byEmail)
{
    qputenv("XDG_CONFIG_HOME", f.dir.filePath(u"config"_s).toLocal8Bit());
    setTestAgency(f);
    f.adjustApplication = [byEmail](Application& a) {
        a.applicants.front().email = u"zhangsan@example.cn"_s;
        a.deliveryWay = byEmail ? DeliveryWay::Email : DeliveryWay::Post;
    };
    number = caseReadyFor(f, *findNoticeType(u"reply_disclose"_s));
    NoticeTemplates templates(*f.database, f.clock);
    notice = NoticeStore(*f.database, f.clock)
                 .issue(number, u"reply_disclose"_s, completeEdits(templates.composed(u"reply_disclose"_s)),
                     day("2026-11-20"), f.clerk);
    OfficeSettings::MailServer server;
    server.host = u"127.0.0.1"_s;
    server.port = port;
    server.security = OfficeSettings::MailSecurity::None;
    server.user = u"xxgk"_s;
    server.password = QLatin1String(kMailPassword);
    server.sender = u"xxgk@example.gov.cn"_s;
    server.timeoutSeconds = 2;
    OfficeSettings(*f.database, f.clock).setMailServer(server, f.admin);
}

EmailReceipt EmailCase::deliver() { return EmailDelivery(*f.database, f.clock).deliver(f.clerk, number, notice, pdf); }

} // namespace ogi::test
