#pragma once

#include "Error.h"
#include "users/UserAccount.h"

#include <QDialog>
#include <QMap>
#include <QSet>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;

namespace ogi {
class Database;
struct NoticeType;
} // namespace ogi

namespace ogi::ui {

// Issues one notice: the parts the template lets the clerk write (reasons, where to
// obtain ...), started from what the case already says, the date, and the letter as it will
// read beside them. Issuing takes the number; a problem is shown beside its part and the
// dialog stays open.
class NoticeIssueDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeIssueDialog(const Database& database, const UserAccount& user, const QString& caseNumber,
        const NoticeType& type, QWidget* parent = nullptr);

    QPlainTextEdit* field(const QString& name) const { return m_fields.value(name); }
    QDateEdit* dateEdit() const { return m_date; }
    QTextBrowser* preview() const { return m_preview; }
    QLabel* messageLabel() const { return m_message; }
    // The notice's id once issued; 0 before.
    qint64 issuedId() const { return m_issuedId; }

public Q_SLOTS:
    void accept() override;
    void updatePreview();

private:
    QMap<QString, QString> edits() const;
    void showIssues(const QString& message, const QList<FieldIssue>& issues);

    const Database& m_database;
    UserAccount m_user;
    QString m_caseNumber;
    const NoticeType& m_type;
    QMap<QString, QPlainTextEdit*> m_fields;
    QMap<QString, QLabel*> m_issues;
    QMap<QString, QString> m_labels; // of the editable parts
    QSet<QString> m_optional; // parts that may stay blank
    QDateEdit* m_date;
    QTextBrowser* m_preview;
    QLabel* m_message;
    QTimer* m_previewTimer;
    qint64 m_issuedId = 0;
};

} // namespace ogi::ui
