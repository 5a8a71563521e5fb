#include "CaseDialog.h"

#include "CaseView.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace ogi::ui {

CaseDialog::CaseDialog(const Database& database, const UserAccount& user, const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
    , m_view(new CaseView(database, user, this))
{
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_view->buttonRow()->addWidget(close);
    connect(m_view, &CaseView::caseChanged, this, &CaseDialog::caseChanged);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    setMinimumSize(760, 480);
    resize(960, 600);
    showCase(caseNumber);
}

QPushButton* CaseDialog::actionButton(const QString& action) const
{
    return m_view->actionButton(action);
}

void CaseDialog::showCase(const QString& caseNumber)
{
    setWindowTitle(tr("Case %1").arg(caseNumber));
    m_view->setCase(caseNumber);
}

} // namespace ogi::ui
