#pragma once

#include "Error.h"
#include "users/UserAccount.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// Section 二 of the annual report: the figures the office enters for a year, one field per
// cell of the national tables, grouped by provision; a bad value is shown beside its field.
class ProactiveDialog : public QDialog
{
    Q_OBJECT
public:
    ProactiveDialog(const Database& database, const UserAccount& user, int year, QWidget* parent = nullptr);

    // The field of cell `key` ("规章/本年制发件数").
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QLabel* issueLabel(const QString& key) const { return m_issues.value(key); }

public Q_SLOTS:
    void accept() override;

private:
    const Database& m_database;
    UserAccount m_user;
    int m_year;
    QMap<QString, QLineEdit*> m_fields;
    QMap<QString, QLabel*> m_issues;
    QLabel* m_message;
};

} // namespace ogi::ui
