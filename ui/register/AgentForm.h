#pragma once

#include "CheckedFields.h"

#include "register/Application.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace ogi::ui {

// The authorised agent (委托代理人) of the registration dialog: checked when someone applies
// for the applicant; their name, identity and contact, and the 委托书 to attach. Fields are
// named as in the JSON form's "agent" without the prefix ("name", "id_number").
class AgentForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit AgentForm(QWidget* parent = nullptr);

    // nullopt while unchecked.
    std::optional<Agent> agent() const;
    // Checks the form and sets its fields from `agent` (an earlier case's); the 委托书 file
    // is this application's and stays as it is.
    void setAgent(const Agent& agent);
    // The 委托书 file chosen (empty: none yet).
    QString authorisationFile() const;
    void setAuthorisationFile(const QString& path);

    const CheckedFields& fields() const { return m_fields; }
    QList<QWidget*> tabChain() const;

Q_SIGNALS:
    void edited();
    void fieldLeft(const QString& name);

private:
    CheckedFields m_fields;
    QLineEdit* m_name;
    QComboBox* m_idType;
    QLineEdit* m_idNumber;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLineEdit* m_postcode;
    QLineEdit* m_authorisation;
    QPushButton* m_browse;
};

} // namespace ogi::ui
