#include "NoticesPanel.h"

#include "NoticeIssueDialog.h"
#include "NoticePrinting.h"

#include "Error.h"
#include "Timestamps.h"
#include "delivery/EmailDelivery.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeType.h"
#include "print/NoticePdf.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

NoticesPanel::NoticesPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_list(new QTreeWidget(this))
    , m_issue(new QPushButton(tr("Issue a notice"), this))
    , m_issueMenu(new QMenu(m_issue))
    , m_preview(new QPushButton(tr("Preview and print…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_void(new QPushButton(tr("Void…"), this))
    , m_envelope(new QPushButton(tr("Envelope…"), this))
    , m_serviceProof(new QPushButton(tr("Proof of service…"), this))
    , m_email(new QPushButton(tr("Send by email…"), this))
{
    m_list->setObjectName(u"noticeList"_s);
    m_list->setHeaderLabels({ tr("Number"), tr("Notice"), tr("Date"), tr("Issued by"), tr("Status") });
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &NoticesPanel::previewSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool selected = currentRow() >= 0;
        m_preview->setEnabled(selected);
        m_pdf->setEnabled(selected);
        m_void->setEnabled(selected && !m_notices.at(currentRow()).voided);
        m_serviceProof->setEnabled(selected && !m_notices.at(currentRow()).voided);
    });

    const bool mayIssue = user.holds(Role::Clerk) || user.holds(Role::Chief);
    m_issue->setObjectName(u"issueNotice"_s);
    m_issue->setMenu(m_issueMenu);
    m_issue->setVisible(mayIssue);
    connect(m_issueMenu, &QMenu::aboutToShow, this, &NoticesPanel::updateIssueMenu);
    for (const NoticeType& type : noticeTypes()) {
        QAction* action = m_issueMenu->addAction(noticeTypeName(type) + u"…"_s, this,
            [this, code = QLatin1String(type.code)] { issue(code); });
        action->setObjectName(u"issue_"_s + QLatin1String(type.code));
        if (type.prerequisite == NoticePrerequisite::ReasonsRequested)
            m_issueMenu->addSeparator();
    }
    m_issueMenu->setToolTipsVisible(true);
    m_preview->setObjectName(u"previewNotice"_s);
    m_pdf->setObjectName(u"saveNoticePdf"_s);
    m_void->setObjectName(u"voidNotice"_s);
    m_void->setVisible(mayIssue);
    m_envelope->setObjectName(u"printEnvelope"_s);
    m_envelope->setToolTip(tr("The applicant's address on a DL envelope, for postal delivery"));
    connect(m_preview, &QPushButton::clicked, this, &NoticesPanel::previewSelected);
    connect(m_pdf, &QPushButton::clicked, this, &NoticesPanel::saveSelected);
    connect(m_void, &QPushButton::clicked, this, &NoticesPanel::voidSelected);
    connect(m_envelope, &QPushButton::clicked, this, &NoticesPanel::printEnvelope);
    m_serviceProof->setObjectName(u"printServiceProof"_s);
    m_serviceProof->setToolTip(tr("The 送达回证 of the selected notice: for the recipient's signature when it is "
                                  "handed over or served"));
    connect(m_serviceProof, &QPushButton::clicked, this, &NoticesPanel::printServiceProof);
    m_email->setObjectName(u"deliverByEmail"_s);
    m_email->setVisible(user.holds(Role::Clerk));
    connect(m_email, &QPushButton::clicked, this, [this] {
        const std::optional<IssuedNotice> reply = EmailDelivery(m_database).replyNotice(m_caseNumber);
        if (reply
            && QMessageBox::question(this, tr("Send by email"),
                   tr("Send %1 to the applicant by email as PDF and record the delivery?").arg(reply->number))
                == QMessageBox::Yes)
            deliverByEmail();
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : { m_issue, m_preview, m_pdf, m_void, m_envelope, m_serviceProof, m_email })
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

void NoticesPanel::setCase(qint64 caseId, const QString& caseNumber)
{
    m_caseId = caseId;
    m_caseNumber = caseNumber;
    reload();
}

int NoticesPanel::currentRow() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_notices.size() ? row : -1;
}

void NoticesPanel::reload()
{
    m_list->clear();
    m_notices.clear();
    if (m_caseId != 0) {
        try {
            m_notices = NoticeStore(m_database).list(m_caseId);
        } catch (const Error& error) {
            QMessageBox::warning(this, tr("Notices"), error.message());
        }
    }
    for (const IssuedNotice& n : std::as_const(m_notices)) {
        const NoticeType* type = findNoticeType(n.type);
        QString status = tr("Issued");
        if (n.voided)
            status = tr("Voided on %1: %2").arg(isoDate(n.voidedAt.toLocalTime().date()), n.voidReason);
        if (!n.intact)
            status = tr("Changed since issue: the stored text no longer has its SHA-256");
        auto* item = new QTreeWidgetItem(
            { n.number, type ? noticeTypeName(*type) : n.type, isoDate(n.issuedOn), n.issuedBy, status });
        item->setToolTip(4, u"SHA-256 "_s + n.sha256);
        if (!n.intact || n.voided)
            item->setForeground(4, n.intact ? QColor(0x80, 0x80, 0x80) : QColor(0xb0, 0x00, 0x20));
        m_list->addTopLevelItem(item);
    }
    for (int column = 0; column < 4; ++column)
        m_list->resizeColumnToContents(column);
    m_issue->setEnabled(m_caseId != 0);
    m_envelope->setEnabled(m_caseId != 0);
    m_preview->setEnabled(false);
    m_pdf->setEnabled(false);
    m_void->setEnabled(false);
    m_serviceProof->setEnabled(false);
    updateIssueMenu();
    updateEmailButton();
    Q_EMIT countChanged(int(m_notices.size()));
}

void NoticesPanel::updateEmailButton()
{
    QString problem;
    try {
        problem = m_caseId == 0 ? tr("No case") : EmailDelivery(m_database).problem(m_user, m_caseNumber);
    } catch (const Error& error) {
        problem = error.message();
    }
    m_email->setEnabled(problem.isEmpty());
    m_email->setToolTip(problem.isEmpty()
            ? tr("Sends the reply notice to the applicant's email address as PDF and records the delivery")
            : problem);
}

bool NoticesPanel::deliverByEmail()
{
    try {
        EmailDelivery delivery(m_database);
        const std::optional<IssuedNotice> reply = delivery.replyNotice(m_caseNumber);
        if (!reply)
            throw Error(ErrorCode::Refused, delivery.problem(m_user, m_caseNumber));
        const EmailReceipt receipt = [&] {
            // The server may take up to its time-out to answer.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
            return delivery.deliver(m_user, m_caseNumber, *reply, print::issuedNoticePdf(m_database, *reply));
        }();
        reload();
        Q_EMIT caseChanged();
        QMessageBox::information(this, tr("Sent by email"),
            tr("%1 was sent to %2 and the delivery is recorded.\nMessage-ID: %3\nThe mail server answered: %4")
                .arg(reply->number, receipt.recipient, receipt.messageId, receipt.serverReply));
        return true;
    } catch (const Error& error) {
        updateEmailButton();
        QMessageBox::warning(this, tr("Not sent: the reply is still undelivered"), error.message());
        return false;
    }
}

void NoticesPanel::updateIssueMenu()
{
    if (m_caseId == 0)
        return;
    NoticeContext context;
    try {
        context = loadNoticeContext(m_database, m_caseNumber);
    } catch (const Error&) {
        return;
    }
    for (QAction* action : m_issueMenu->actions()) {
        const NoticeType* type = findNoticeType(action->objectName().mid(6));
        if (!type)
            continue;
        const QString problem = noticePrerequisiteProblem(*type, context);
        action->setEnabled(problem.isEmpty());
        action->setToolTip(problem);
    }
}

void NoticesPanel::issue(const QString& typeCode)
{
    const NoticeType* type = findNoticeType(typeCode);
    if (!type)
        return;
    NoticeIssueDialog dialog(m_database, m_user, m_caseNumber, *type, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    for (int row = 0; row < m_notices.size(); ++row)
        if (m_notices.at(row).id == dialog.issuedId())
            m_list->setCurrentItem(m_list->topLevelItem(row));
    Q_EMIT caseChanged();
}

const IssuedNotice* NoticesPanel::printable(int row)
{
    if (row < 0 || row >= m_notices.size())
        return nullptr;
    const IssuedNotice& notice = m_notices.at(row);
    if (!notice.intact) {
        QMessageBox::critical(this, tr("Not printed"),
            tr("The stored text of %1 is no longer the one issued (its SHA-256 differs). Run 'ogi verify' and "
               "restore the register from a backup before printing it.")
                .arg(notice.number));
        return nullptr;
    }
    return &notice;
}

void NoticesPanel::previewSelected()
{
    if (const IssuedNotice* notice = printable(currentRow()))
        showPrintPreview(notice->html, noticeFontFamilies(m_database), print::PaperKind::NoticeA4, notice->number, this);
}

bool NoticesPanel::savePdf(int row, const QString& path)
{
    const IssuedNotice* notice = printable(row);
    if (!notice)
        return false;
    try {
        print::writeNoticePdf(path, notice->html, noticeFontFamilies(m_database), notice->number, notice->issuedAt);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("The PDF was not saved"), error.message());
        return false;
    }
    return true;
}

void NoticesPanel::saveSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QSettings settings;
    const QString folder = settings.value(u"notices/folder"_s, QDir::homePath()).toString();
    // The number makes a good file name once its brackets are plain.
    QString name = m_notices.at(row).number;
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save %1 as PDF").arg(m_notices.at(row).number), QDir(folder).filePath(name + u".pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"notices/folder"_s, QFileInfo(path).absolutePath());
    savePdf(row, path);
}

bool NoticesPanel::voidNotice(int row, const QString& reason)
{
    if (row < 0 || row >= m_notices.size())
        return false;
    try {
        NoticeStore(m_database).voidNotice(m_notices.at(row).id, reason, m_user);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not voided"), error.message());
        return false;
    }
    reload();
    Q_EMIT caseChanged();
    return true;
}

void NoticesPanel::voidSelected()
{
    const int row = currentRow();
    if (row < 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Void %1").arg(m_notices.at(row).number),
        tr("Why is it voided? The notice and its number stay on record."), QLineEdit::Normal, QString(), &ok);
    if (ok)
        voidNotice(row, reason);
}

void NoticesPanel::printEnvelope()
{
    try {
        const QString html = NoticeStore(m_database).envelope(m_caseNumber);
        showPrintPreview(html, noticeFontFamilies(m_database), print::PaperKind::EnvelopeDL,
            tr("Envelope — case %1").arg(m_caseNumber), this);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("No envelope"), error.message());
    }
}

QString NoticesPanel::serviceProof(int row)
{
    if (row < 0 || row >= m_notices.size())
        return {};
    try {
        return NoticeStore(m_database).serviceProof(m_notices.at(row).id);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("No proof of service"), error.message());
        return {};
    }
}

void NoticesPanel::printServiceProof()
{
    const int row = currentRow();
    const QString html = serviceProof(row);
    if (!html.isEmpty())
        showPrintPreview(html, noticeFontFamilies(m_database), print::PaperKind::NoticeA4,
            tr("Proof of service — %1").arg(m_notices.at(row).number), this);
}

} // namespace ogi::ui
