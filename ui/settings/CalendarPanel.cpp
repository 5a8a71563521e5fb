#include "CalendarPanel.h"

#include "Error.h"
#include "Timestamps.h"
#include "calendar/CalendarRepository.h"
#include "progress/WorkProgressDialog.h"
#include "storage/Database.h"

#include <QCalendarWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

CalendarPanel::CalendarPanel(const Database& database, const UserAccount& user, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_calendar(new QCalendarWidget(this))
    , m_day(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_calendar->setGridVisible(true);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setMinimumSize(420, 300);
    m_day->setWordWrap(true);
    m_message->setWordWrap(true);
    m_name->setPlaceholderText(tr("Name of the arrangement (e.g. 国庆节)"));

    auto* work = new QPushButton(tr("Mark as working day"), this);
    work->setObjectName(u"markWorking"_s);
    auto* off = new QPushButton(tr("Mark as day off"), this);
    off->setObjectName(u"markOff"_s);
    auto* restore = new QPushButton(tr("Back to the State Council arrangement"), this);
    auto* import = new QPushButton(tr("Import a year's arrangement…"), this);
    connect(work, &QPushButton::clicked, this, [this] { markSelected(true); });
    connect(off, &QPushButton::clicked, this, [this] { markSelected(false); });
    connect(restore, &QPushButton::clicked, this, &CalendarPanel::restoreSelected);
    connect(import, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPanel::paintMonth);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarPanel::describeSelected);

    auto* side = new QVBoxLayout;
    side->addWidget(m_day);
    side->addWidget(m_name);
    side->addWidget(work);
    side->addWidget(off);
    side->addWidget(restore);
    side->addSpacing(12);
    side->addWidget(import);
    side->addWidget(m_message);
    side->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_calendar, 3);
    layout->addLayout(side, 2);
}

void CalendarPanel::refresh()
{
    paintMonth(m_calendar->yearShown(), m_calendar->monthShown());
    describeSelected();
}

void CalendarPanel::paintMonth(int year, int month)
{
    WorkingCalendar calendar = loadOfficeCalendar(m_database.connection());
    QTextCharFormat off;
    off.setForeground(QColor(0xc0, 0x1c, 0x1c));
    off.setBackground(QColor(0xfd, 0xec, 0xec));
    QTextCharFormat swapped; // a weekend day declared a working day (调休上班)
    swapped.setForeground(QColor(0x1b, 0x6e, 0x2b));
    swapped.setFontWeight(QFont::Bold);
    const QTextCharFormat plain;
    // Weekend colours come from here only, not from the widget's locale defaults.
    m_calendar->setWeekdayTextFormat(Qt::Saturday, plain);
    m_calendar->setWeekdayTextFormat(Qt::Sunday, plain);
    const QDate first(year, month, 1);
    for (QDate d = first.addDays(-7); d < first.addMonths(1).addDays(14); d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        const bool working = calendar.isWorkingDay(d);
        m_calendar->setDateTextFormat(d, !working ? off : (weekend ? swapped : plain));
    }
}

void CalendarPanel::describeSelected()
{
    const QDate d = m_calendar->selectedDate();
    const WorkingCalendar calendar = loadOfficeCalendar(m_database.connection());
    QString text = u"<b>%1</b> "_s.arg(isoDate(d));
    text += calendar.isWorkingDay(d) ? tr("working day") : tr("day off");
    if (!calendar.dayName(d).isEmpty())
        text += u"（%1）"_s.arg(calendar.dayName(d).toHtmlEscaped());
    if (!calendar.isKnown(d))
        text += u"<br>"_s
            + tr("The State Council has not published this year's arrangement here: import it when it does.");
    for (const CalendarOverride& o : CalendarRepository(m_database).overrides())
        if (o.day.date == d)
            text += u"<br>"_s + tr("Set by %1 on %2.").arg(o.changedBy.toHtmlEscaped(), isoDate(o.changedAt.date()));
    m_day->setText(text);
}

bool CalendarPanel::markSelected(bool working)
{
    try {
        WorkProgressDialog progress(tr("Recomputing the running reply deadlines…"), this);
        CalendarRepository(m_database)
            .setDay({ m_calendar->selectedDate(), working, m_name->text().trimmed() }, m_user.login, &progress);
        m_message->setText(tr("Saved. Running deadlines were recomputed."));
        refresh();
        return true;
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
}

bool CalendarPanel::restoreSelected()
{
    try {
        WorkProgressDialog progress(tr("Recomputing the running reply deadlines…"), this);
        CalendarRepository(m_database).removeDay(m_calendar->selectedDate(), m_user.login, &progress);
        m_message->setText(tr("The State Council arrangement applies again."));
        refresh();
        return true;
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
}

bool CalendarPanel::importFile(QString path)
{
    if (path.isEmpty())
        path
            = QFileDialog::getOpenFileName(this, tr("Import a year's arrangement"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    try {
        WorkProgressDialog progress(tr("Importing %1 and recomputing the running reply deadlines…").arg(path), this);
        const int rows
            = CalendarRepository(m_database)
                  .importCsv(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), m_user.login, &progress);
        m_message->setText(tr("%n day(s) imported from %1.", nullptr, rows).arg(QFileInfo(path).fileName()));
        refresh();
        return true;
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
}

} // namespace ogi::ui
