#pragma once

#include "users/UserAccount.h"

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The working-day calendar for the administrator: a month view (weeks from Monday) with
// non-working days in red, declared working weekends in green and the days of a year whose
// arrangement is not published yet in grey italics (deadlines there are provisional), a
// legend under it, the chosen day explained, buttons to mark it
// a working or a non-working day or give it back to the State Council's arrangement, and
// the import of a year's notice (holidays-cn.csv format).
class CalendarPanel : public QWidget
{
    Q_OBJECT

public:
    CalendarPanel(const Database& database, const UserAccount& user, QWidget* parent = nullptr);

    QCalendarWidget* calendarWidget() const { return m_calendar; }
    QLabel* dayLabel() const { return m_day; }
    QLabel* messageLabel() const { return m_message; }
    // Shown above the month while its year's arrangement is not published (not imported).
    QLabel* provisionalLabel() const { return m_provisional; }
    QLabel* legendLabel() const { return m_legend; }

public Q_SLOTS:
    void refresh();
    // Marks the selected day; `name` from the name field. True when stored.
    bool markSelected(bool working);
    bool restoreSelected();
    // Imports `path`; asks for a file when empty.
    bool importFile(QString path = {});

private:
    void paintMonth(int year, int month);
    void describeSelected();

    const Database& m_database;
    UserAccount m_user;
    QCalendarWidget* m_calendar;
    QLabel* m_day;
    QLineEdit* m_name;
    QLabel* m_message;
    QLabel* m_provisional;
    QLabel* m_legend;
};

} // namespace ogi::ui
