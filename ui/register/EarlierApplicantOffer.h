#pragma once

#include "register/EarlierApplicants.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ogi::ui {

// The register's earlier applicants whose name or number the clerk is typing, offered under
// the applicant's form (issue 17 item 13): ↓ from the field moves into the list, Enter picks
// one and the form is filled from their newest case, Esc goes back to the field. Hidden
// while it has nothing to offer. ID numbers are shown masked.
class EarlierApplicantOffer : public QWidget
{
    Q_OBJECT
public:
    explicit EarlierApplicantOffer(QWidget* parent = nullptr);

    void setApplicants(const QList<EarlierApplicant>& applicants);
    const QList<EarlierApplicant>& applicants() const { return m_applicants; }
    // Moves the focus into the list, on its first row.
    void enter();
    QTreeWidget* list() const { return m_list; }

Q_SIGNALS:
    void chosen(const ogi::EarlierApplicant& applicant);
    // Esc in the list: back to the field typed in.
    void left();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void choose();

    QList<EarlierApplicant> m_applicants;
    QLabel* m_caption;
    QTreeWidget* m_list;
};

} // namespace ogi::ui
