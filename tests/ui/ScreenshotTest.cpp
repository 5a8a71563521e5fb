// Grabs the sign-in, case and action views to PNG (test artefacts in screenshots/ under the
// build folder, looked at by people, not compared pixel by pixel), and checks that each
// fits a 1366×768 screen.
#include "TestApp.h"
#include "TestRegister.h"
#include "TestFiles.h"
#include "WorkflowFixture.h"
#include "EmailCase.h"

#include "MainWindow.h"
#include "NoticeCases.h"
#include "cases/ActionDialog.h"
#include "cases/AttachmentsPanel.h"
#include "cases/CaseDialog.h"
#include "cases/CaseView.h"
#include "demo/DemoData.h"
#include "i18n/Translations.h"
#include "notices/NoticeIssueDialog.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeType.h"
#include "notices/NoticesPanel.h"
#include "register/RegistrationDialog.h"
#include "reports/ReportsView.h"
#include "session/FirstRunDialog.h"
#include "session/LoginDialog.h"
#include "settings/AgencyForm.h"
#include "settings/MailServerPanel.h"
#include "settings/NoticeTemplatesPanel.h"
#include "settings/SettingsView.h"
#include "signoff/SignOffQueueView.h"
#include "workflow/ActionSpec.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>

#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

void save(QWidget& widget, const QString& name)
{
    widget.show();
    widget.resize(widget.size().expandedTo(widget.sizeHint()));
    QCoreApplication::processEvents(); // widgets added to a shown layout appear on the next turn
    CHECK(widget.width() <= 1366);
    CHECK(widget.height() <= 768);
    QDir().mkpath(u"screenshots"_s);
    const QString path = u"screenshots/"_s + name + u".png"_s;
    REQUIRE(widget.grab().save(path));
    const QImage image(path);
    CHECK(image.width() > 200);
    WARN("screenshot: " << QDir::current().absoluteFilePath(path).toStdString());
}

} // namespace

TEST_CASE("screenshots of the sign-in, case and action views", "[ui][screenshot]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance()); // zh_CN, as users see it
    test::WorkflowFixture f;
    const QString number = f.assignedCase();
    f.act(f.clerk, number, "consult", "2026-07-06",
        { { u"party_kind"_s, u"third_party"_s }, { u"party"_s, u"某某建设有限公司"_s } });

    ui::LoginDialog login(*f.database, u"wangfang"_s);
    save(login, u"login"_s);
    {
        QTemporaryDir empty;
        const Database fresh = Database::open(test::newTestRegister(empty, u"first.ogi"_s), OpenMode::CreateIfMissing);
        ui::FirstRunDialog firstRun(fresh);
        firstRun.agencyForm()->field(u"document_number_pattern"_s)->setText(u"某政公开〔{year}〕第{n}号"_s);
        firstRun.accept(); // the missing agency name is shown beside its field
        save(firstRun, u"first-run"_s);
    }
    ui::CaseDialog view(*f.database, f.clerk, number);
    test::writeBytes(f.dir.filePath(u"申请表扫描件.pdf"_s), "%PDF-1.4 scan");
    view.view()->attachments()->addFile(f.dir.filePath(u"申请表扫描件.pdf"_s), AttachmentKind::Application);
    save(view, u"case-view"_s);
    view.findChild<QTabWidget*>()->setCurrentWidget(view.view()->attachments());
    save(view, u"case-attachments"_s);
    ui::ActionDialog draft(*f.database, f.clerk, number, *findActionSpec(u"consult_answer"_s));
    save(draft, u"action-consult-answer"_s);
    ui::RegistrationDialog registration(*f.database, f.clerk);
    qobject_cast<QLineEdit*>(registration.field(u"applicants[0].id_number"_s))->setText(u"110105194912310021"_s);
    registration.accept(); // shows the problems beside the fields
    save(registration, u"register"_s);
    ui::ActionDialog deliver(*f.database, f.clerk, number, *findActionSpec(u"deliver"_s));
    save(deliver, u"action-deliver"_s);
}

TEST_CASE("screenshots of each main view on a demo register at 1366x768", "[ui][screenshot]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance());
    test::WorkflowFixture f;
    f.setAgency(); // the demo's replies are issued as notices before they are delivered
    generateDemoData(*f.database, 300, f.clock, 7, u"wangfang"_s);
    // Two replies waiting for the chief, so the queue shows a draft beside its case.
    for (const char* receipt : { "2026-10-20", "2026-10-28" }) {
        const QString number = f.newCase(receipt);
        f.act(f.clerk, number, "accept", "2026-11-02");
        f.act(f.clerk, number, "assign", "2026-11-02",
            { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
        f.act(f.clerk, number, "submit_review", "2026-11-03");
        f.act(f.reviewer, number, "review", "2026-11-03", { { u"result"_s, u"pass"_s } });
        f.act(f.clerk, number, "draft", "2026-11-03",
            { { u"reply_type"_s, u"disclose"_s }, { u"outcome"_s, u"disclosed"_s },
                { u"text"_s, u"经审查，您申请获取的信息属于公开范围，现予以公开。"_s } });
        f.act(f.clerk, number, "submit", "2026-11-04");
    }
    const QList<std::pair<ui::MainWindow::Page, QString>> pages = { { ui::MainWindow::Page::MyWork, u"main-mywork"_s },
        { ui::MainWindow::Page::Register, u"main-register"_s },
        { ui::MainWindow::Page::DeadlineBoard, u"main-deadline-board"_s },
        { ui::MainWindow::Page::SignOff, u"main-signoff"_s }, { ui::MainWindow::Page::Reports, u"main-reports"_s },
        { ui::MainWindow::Page::Settings, u"main-settings"_s } };
    ui::MainWindow window(*f.database, f.solo); // clerk and chief: every view has something
    window.resize(1366, 768);
    for (const auto& [page, name] : pages) {
        window.showPage(page);
        if (page == ui::MainWindow::Page::SignOff)
            CHECK(window.signOffQueue()->caseView()->actionButton(u"sign_off"_s));
        save(window, name);
    }
    window.showPage(ui::MainWindow::Page::Reports);
    window.reportsView()->tabs()->setCurrentIndex(1);
    save(window, u"main-reports-annual"_s);
    window.reportsView()->tabs()->setCurrentIndex(2);
    save(window, u"main-reports-charts"_s);
    ui::MainWindow admin(*f.database, f.admin);
    admin.resize(1366, 768);
    admin.showPage(ui::MainWindow::Page::Settings);
    admin.settingsView()->tabs()->setCurrentIndex(2);
    save(admin, u"settings-calendar"_s);
    admin.settingsView()->tabs()->setCurrentIndex(1);
    save(admin, u"settings-users"_s);
    admin.settingsView()->tabs()->setCurrentIndex(0);
    save(admin, u"settings-agency"_s);
    admin.settingsView()->tabs()->setCurrentWidget(admin.settingsView()->templatesPanel());
    admin.settingsView()->templatesPanel()->select(u"reply_withhold"_s);
    save(admin, u"settings-templates"_s);
}

TEST_CASE("screenshots of a case's notices and the notice dialog", "[ui][screenshot][notices]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance());
    test::WorkflowFixture f;
    test::setTestAgency(f);
    const NoticeType& withhold = *findNoticeType(u"reply_withhold"_s);
    const QString number = test::caseReadyFor(f, withhold);
    NoticeStore store(*f.database, f.clock);
    // Notices are steps of the timeline: dated on or after the sign-off (2026-07-14), and
    // the one issued instead of the voided one on or after the voiding (today).
    store.issue(number, u"receipt"_s, {}, test::day("2026-07-14"), f.clerk);
    const IssuedNotice wrong = store.issue(
        number, u"reply_withhold"_s, { { u"reasons"_s, u"涉及第三方个人隐私"_s } }, test::day("2026-07-15"), f.clerk);
    store.voidNotice(wrong.id, u"理由表述不完整，重新出具"_s, f.clerk);
    store.issue(number, u"reply_withhold"_s, { { u"reasons"_s, u"涉及第三方的个人身份信息和家庭住址"_s } },
        f.clock.today(), f.clerk);
    ui::CaseDialog view(*f.database, f.clerk, number);
    view.findChild<QTabWidget*>()->setCurrentWidget(view.view()->notices());
    save(view, u"case-notices"_s);
    ui::NoticeIssueDialog dialog(*f.database, f.clerk, number, withhold);
    save(dialog, u"notice-issue"_s);
}

TEST_CASE("screenshots of 邮件送达 and the mail server settings", "[ui][screenshot][delivery]")
{
    test::ensureGuiApp();
    installTranslations(*QCoreApplication::instance());
    test::EmailCase c(25);
    ui::CaseDialog view(*c.f.database, c.f.clerk, c.number);
    view.findChild<QTabWidget*>()->setCurrentWidget(view.view()->notices());
    save(view, u"case-notices-email"_s);
    ui::SettingsView settings(*c.f.database, c.f.admin);
    settings.refresh();
    settings.tabs()->setCurrentWidget(settings.mailPanel());
    settings.resize(1366, 700);
    save(settings, u"settings-mail"_s);
}
