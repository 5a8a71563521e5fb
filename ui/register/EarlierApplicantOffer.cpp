#include "EarlierApplicantOffer.h"

#include "Timestamps.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    // Rows shown before the list scrolls: an offer, not a search result.
    constexpr int kVisibleRows = 4;
    constexpr int kSummaryLength = 24;

    QString summary(const QString& description)
    {
        const QString text = description.simplified();
        return text.size() > kSummaryLength ? text.left(kSummaryLength) + u'…' : text;
    }
} // namespace

EarlierApplicantOffer::EarlierApplicantOffer(QWidget* parent)
    : QWidget(parent)
    , m_caption(new QLabel(tr("Applied before? ↓ to choose, Enter fills the applicant from their latest case:"), this))
    , m_list(new QTreeWidget(this))
{
    m_caption->setWordWrap(true);
    m_list->setObjectName(u"earlierApplicants"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({ tr("Case"), tr("Name"), tr("ID number or code"), tr("Received"), tr("Cases"),
        tr("Request") });
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    connect(m_list, &QTreeWidget::itemActivated, this, &EarlierApplicantOffer::choose);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_list);
    hide();
}

void EarlierApplicantOffer::setApplicants(const QList<EarlierApplicant>& applicants)
{
    m_applicants = applicants;
    m_list->clear();
    for (const EarlierApplicant& a : applicants) {
        auto* item = new QTreeWidgetItem(m_list,
            { a.caseNumber, a.name, a.maskedNumber, isoDate(a.receiptDate), QString::number(a.caseCount),
                summary(a.description) });
        item->setToolTip(5, a.description);
    }
    const int rows = int(qMin<qsizetype>(applicants.size(), kVisibleRows));
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 4;
    m_list->setFixedHeight(m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2);
    setVisible(!applicants.isEmpty());
}

void EarlierApplicantOffer::enter()
{
    if (m_applicants.isEmpty())
        return;
    m_list->setFocus();
    if (!m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void EarlierApplicantOffer::choose()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row >= 0 && row < m_applicants.size())
        Q_EMIT chosen(m_applicants.at(row));
}

bool EarlierApplicantOffer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        // Enter picks here: it must not reach the dialog's default button (Register).
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            choose();
            return true;
        }
        if (key == Qt::Key_Escape) {
            Q_EMIT left();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ogi::ui
