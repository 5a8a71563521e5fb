// 邮件送达 in the case's notices and the mail server in 设置 (issue 9), against the Python
// SMTP server on 127.0.0.1.
#include "EmailCase.h"
#include "ModalDialogs.h"
#include "SmtpTestServer.h"
#include "TestApp.h"

#include "cases/CaseView.h"
#include "delivery/EmailDelivery.h"
#include "notices/NoticesPanel.h"
#include "settings/MailServerPanel.h"
#include "settings/OfficeSettings.h"
#include "settings/SettingsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>

#include <tuple>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {
// The clerk's view of an email case whose mail server answers in `mode`.
struct EmailCaseView
{
    explicit EmailCaseView(const char* mode)
        : server(mode)
        , c(server.port())
        , view(*c.f.database, c.f.clerk)
    {
        view.setCase(c.number);
    }

    bool guiApp = (test::ensureGuiApp(), true);
    test::SmtpTestServer server;
    test::EmailCase c;
    ui::CaseView view;
};
} // namespace

TEST_CASE("邮件送达 sends the reply from the case view and the case moves on", "[ui][delivery]")
{
    EmailCaseView e("ok");
    auto [server, c, view] = std::tie(e.server, e.c, e.view);
    ui::NoticesPanel* notices = view.notices();
    REQUIRE(notices->emailButton()->isEnabled());
    REQUIRE(view.actionButton(u"deliver"_s) != nullptr);

    const QString shown = test::messageFrom([&] { CHECK(notices->deliverByEmail()); });
    CHECK(shown.contains(u"zhangsan@example.cn"_s));
    CHECK(shown.contains(u"250 2.0.0 Ok"_s));
    CHECK(server.messageCount() == 1);
    CHECK(c.f.stateOf(c.number) == CaseState::Replied);
    // The view followed: no deliver button, and the email button says why it is off.
    CHECK(view.actionButton(u"deliver"_s) == nullptr);
    CHECK(!notices->emailButton()->isEnabled());
    CHECK(!notices->emailButton()->toolTip().isEmpty());
}

TEST_CASE("a refused email leaves the case undelivered and says why", "[ui][delivery]")
{
    EmailCaseView e("reject-rcpt");
    auto [server, c, view] = std::tie(e.server, e.c, e.view);
    const QString shown = test::messageFrom([&] { CHECK(!view.notices()->deliverByEmail()); });
    CHECK(shown.contains(u"127.0.0.1:%1"_s.arg(server.port())));
    CHECK(shown.contains(u"User unknown"_s));
    CHECK(c.f.stateOf(c.number) == CaseState::SignedOff);
    CHECK(view.notices()->emailButton()->isEnabled()); // the clerk may try again
    CHECK(view.actionButton(u"deliver"_s) != nullptr);
}

TEST_CASE("the button is off, with the reason, when the applicant asked for post", "[ui][delivery]")
{
    test::ensureGuiApp();
    test::EmailCase c(25, false);
    ui::CaseView view(*c.f.database, c.f.clerk);
    view.setCase(c.number);
    CHECK(!view.notices()->emailButton()->isEnabled());
    const QString reason = EmailDelivery(*c.f.database).problem(c.f.clerk, c.number);
    CHECK(!reason.isEmpty());
    CHECK(view.notices()->emailButton()->toolTip() == reason);
    ui::CaseView reviewerView(*c.f.database, c.f.reviewer);
    reviewerView.setCase(c.number);
    CHECK(reviewerView.notices()->emailButton()->isHidden());
}

TEST_CASE("the administrator sets the mail server in 设置, mistakes are named", "[ui][delivery][settings]")
{
    test::ensureGuiApp();
    test::EmailCase c(25);
    ui::SettingsView clerkView(*c.f.database, c.f.clerk);
    CHECK(clerkView.mailPanel() == nullptr);

    ui::SettingsView view(*c.f.database, c.f.admin);
    view.refresh();
    ui::MailServerPanel* panel = view.mailPanel();
    REQUIRE(panel);
    CHECK(panel->hostEdit()->text() == u"127.0.0.1");
    CHECK(panel->passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK(panel->passwordEdit()->text() == QLatin1String(test::kMailPassword));

    panel->senderEdit()->setText(u"no address"_s);
    CHECK(!panel->save());
    CHECK(panel->messageLabel()->text().contains(u"xxgk@example.gov.cn"_s));

    panel->hostEdit()->setText(u"smtp.example.gov.cn"_s);
    panel->securityBox()->setCurrentIndex(panel->securityBox()->findData(int(OfficeSettings::MailSecurity::Tls)));
    panel->portBox()->setValue(465);
    panel->senderEdit()->setText(u"office@example.gov.cn"_s);
    panel->passwordEdit()->setText(u"new-password-2"_s);
    panel->timeoutBox()->setValue(20);
    REQUIRE(panel->save());
    const OfficeSettings::MailServer stored = OfficeSettings(*c.f.database).mailServer();
    CHECK(stored.host == u"smtp.example.gov.cn");
    CHECK(stored.port == 465);
    CHECK(stored.security == OfficeSettings::MailSecurity::Tls);
    CHECK(stored.sender == u"office@example.gov.cn");
    CHECK(stored.password == u"new-password-2");
    CHECK(stored.timeoutSeconds == 20);
}
