#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QMenu;

namespace ogi {
class Database;
}

namespace ogi::ui {

// 帮助: the user guide (the README, compiled in), every keyboard shortcut of the window's
// menus, where this register's data lives, and the version. Each opens a dialog of its own;
// the shortcut list is read from the menus themselves, so it cannot drift from them.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the menu to `window`'s menu bar (last). `database` must outlive the window.
    HelpMenu(QMainWindow& window, const Database& database);

    QMenu* menu() const { return m_menu; }

    // What the dialogs show, for tests: the shortcuts as "text<TAB>key" lines in menu order,
    // the data places as "what: where" lines, the guide's Markdown, the about text.
    QStringList shortcutLines() const;
    QStringList dataPlaceLines() const;
    static QString guideMarkdown();
    static QString aboutText();

private:
    void showText(const QString& title, const QString& text, bool markdown) const;

    QMainWindow& m_window;
    const Database& m_database;
    QMenu* m_menu;
};

} // namespace ogi::ui
