#include "ProactiveDialog.h"

#include "reports/ProactiveFigures.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

ProactiveDialog::ProactiveDialog(const Database& database, const UserAccount& user, int year, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_user(user)
    , m_year(year)
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Section 二 of %1: proactive disclosure").arg(year));
    auto* layout = new QVBoxLayout(this);
    const QMap<QString, QString> values = ProactiveFigures(database).values(year);
    QGroupBox* box = nullptr;
    QFormLayout* form = nullptr;
    for (const ProactiveCell& cell : proactiveCells()) {
        if (!box || box->title() != cell.provision) {
            box = new QGroupBox(cell.provision, this);
            form = new QFormLayout(box);
            layout->addWidget(box);
        }
        auto* edit = new QLineEdit(values.value(cell.key()), box);
        edit->setObjectName(u"proactive_"_s + QString::number(m_fields.size()));
        edit->setPlaceholderText(cell.tenThousandYuan ? tr("万元, e.g. 12.5") : tr("a whole number"));
        auto* issue = new QLabel(box);
        issue->setStyleSheet(u"color: #b00020;"_s);
        issue->hide();
        form->addRow(cell.item + u" · "_s + cell.measure, edit);
        form->addRow(QString(), issue);
        m_fields.insert(cell.key(), edit);
        m_issues.insert(cell.key(), issue);
    }
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProactiveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ProactiveDialog::accept()
{
    QMap<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    for (QLabel* label : std::as_const(m_issues))
        label->hide();
    try {
        ProactiveFigures(m_database).set(m_year, values, m_user);
    } catch (const Error& error) {
        bool beside = false;
        for (const FieldIssue& issue : error.issues())
            if (QLabel* label = m_issues.value(issue.field)) {
                label->setText(issue.message);
                label->show();
                beside = true;
            }
        m_message->setText(error.message());
        m_message->setVisible(!beside);
        return;
    }
    QDialog::accept();
}

} // namespace ogi::ui
