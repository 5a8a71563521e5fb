#pragma once

#include "users/UserAccount.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
class QTimer;
class QPushButton;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The administrator's notice templates and print fonts: pick a template, edit the office's
// copy (checked before it is kept), restore the shipped text; choose the families notices
// are printed in.
class NoticeTemplatesPanel : public QWidget
{
    Q_OBJECT
public:
    NoticeTemplatesPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    void refresh();
    // Shows template `name` for editing.
    void select(const QString& name);
    QPlainTextEdit* editor() const { return m_editor; }
    // The template as it prints, with every fact and part by its label in 【】.
    QTextBrowser* preview() const { return m_preview; }
    QLabel* messageLabel() const { return m_message; }
    // Keeps the editor's text as the office's copy; the problems go to messageLabel().
    bool saveCopy();
    // Drops the office's copy of the template shown.
    bool restoreShipped();
    bool saveFonts();

private:
    QString currentName() const;
    void showCurrent();
    void updatePreview();

    const Database& m_database;
    UserAccount m_user;
    QListWidget* m_names;
    QPlainTextEdit* m_editor;
    QTextBrowser* m_preview;
    QTimer* m_previewTimer;
    QLabel* m_status;
    QLabel* m_message;
    QPushButton* m_save;
    QPushButton* m_restore;
    QComboBox* m_bodyFont;
    QComboBox* m_titleFont;
};

} // namespace ogi::ui
