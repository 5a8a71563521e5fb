#pragma once

#include "WorkflowFixture.h"

#include "delivery/EmailDelivery.h"
#include "notices/IssuedNotice.h"

#include <QByteArray>
#include <QString>

namespace ogi::test {

// A register whose one case asks for its reply by email (zhangsan@example.cn; by post with
// byEmail false), signed off, its reply notice (reply_disclose) issued on 2026-11-20; the
// mail server 127.0.0.1:`port` without TLS, login xxgk / kMailPassword, a 2 s time-out; the
// sealing key in the fixture's folder (XDG_CONFIG_HOME).
struct EmailCase
{
    explicit EmailCase(int port, bool byEmail = true);

    // Delivers the reply with `pdf` attached, as the clerk.
    EmailReceipt deliver();

    WorkflowFixture f;
    QString number;
    IssuedNotice notice;
    const QByteArray pdf = QByteArray("%PDF-1.4 the reply as issued\n") + QByteArray(3000, '\x7f');
};

inline constexpr const char* kMailPassword = "s3cret-Mail-Passw0rd";

} // namespace ogi::test
