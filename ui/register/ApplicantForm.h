#pragma once

#include "CheckedFields.h"

#include "register/Application.h"
#include "register/EarlierApplicants.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace ogi::ui {

class EarlierApplicantOffer;

// One applicant of the registration dialog: kind, name, identity, contact, and — among
// co-applicants — whether this one is the representative (代表人). Fields are named as in the
// JSON form without the prefix ("name", "id_number"). While the name or the ID number / credit
// code is typed, the register's earlier applicants so named or numbered are offered under
// the fields (lookupWanted, offerEarlier); one picked fills the form (earlierChosen, fill).
class ApplicantForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit ApplicantForm(QWidget* parent = nullptr);

    // Its place among the applicants (0: the first); co-applicants can be removed.
    void setPosition(int index, int count);
    Applicant applicant() const;
    void setRepresentative(bool representative);
    // Sets every field from `applicant` (an earlier case's), except the representative
    // choice, which belongs to this application; the offer closes.
    void fill(const Applicant& applicant);
    void offerEarlier(const QList<EarlierApplicant>& applicants);
    EarlierApplicantOffer* earlierOffer() const { return m_offer; }

    const CheckedFields& fields() const { return m_fields; }
    QCheckBox* representativeBox() const { return m_representative; }
    QPushButton* removeButton() const { return m_remove; }
    // The editors in the order Tab visits them.
    QList<QWidget*> tabChain() const;

Q_SIGNALS:
    void edited();
    void fieldLeft(const QString& name);
    void representativeChosen(ApplicantForm* form);
    void removeRequested(ApplicantForm* form);
    // The name, ID number or credit code typed so far, to look up among earlier applicants.
    void lookupWanted(const QString& text);
    void earlierChosen(const ogi::EarlierApplicant& applicant);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void kindChanged();
    void typed(QLineEdit* line);

    CheckedFields m_fields;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QComboBox* m_orgType;
    QLineEdit* m_name;
    QComboBox* m_idType;
    QLineEdit* m_idNumber;
    QLineEdit* m_creditCode;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QCheckBox* m_representative;
    QPushButton* m_remove;
    EarlierApplicantOffer* m_offer;
    QLineEdit* m_lookedUpFrom = nullptr; // the field whose text the offer answers
    bool m_filling = false;
};

} // namespace ogi::ui
