#include "CalendarPanel.h"

#include "Error.h"
#include "Timestamps.h"
#include "deadline/CalendarRepository.h"
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
    , m_provisional(new QLabel(this))
    , m_legend(new QLabel(this))
{
    m_calendar->setFirstDayOfWeek(Qt::Monday); // as Chinese calendars and the State Council's notices
    m_calendar->setGridVisible(true);
    m_provisional->setObjectName(u"calendarProvisional"_s);
    m_provisional->setWordWrap(true);
    m_provisional->setStyleSheet(u"color: #8a5a00; background: #fff4d6; padding: 4px;"_s);
    m_provisional->hide();
    m_legend->setObjectName(u"calendarLegend"_s);
    m_legend->setText(
        u"<span style=\"color:#c01c1c; background:#fdecec\">&nbsp;1&nbsp;</span> %1"
        u"&nbsp;&nbsp;&nbsp;<b style=\"color:#1b6e2b\">1</b> %2"
        u"&nbsp;&nbsp;&nbsp;<i style=\"color:#808080\">1</i> %3"_s.arg(tr("day off (public holiday or weekend)"),
            tr("make-up working day (调休上班)"), tr("arrangement not published yet: provisional")));
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
    auto* month = new QVBoxLayout;
    month->addWidget(m_provisional);
    month->addWidget(m_calendar, 1);
    month->addWidget(m_legend);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(month, 3);
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
    QTextCharFormat provisional; // a year not published: Monday to Friday, as a guess
    provisional.setForeground(QColor(0x80, 0x80, 0x80));
    provisional.setFontItalic(true);
    QTextCharFormat provisionalOff = provisional;
    provisionalOff.setBackground(QColor(0xf0, 0xf0, 0xf0));
    // Weekend colours come from here only, not from the widget's locale defaults.
    m_calendar->setWeekdayTextFormat(Qt::Saturday, plain);
    m_calendar->setWeekdayTextFormat(Qt::Sunday, plain);
    const QDate first(year, month, 1);
    for (QDate d = first.addDays(-7); d < first.addMonths(1).addDays(14); d = d.addDays(1)) {
        const bool weekend = d.dayOfWeek() >= 6;
        const bool working = calendar.isWorkingDay(d);
        if (!calendar.isKnown(d))
            m_calendar->setDateTextFormat(d, working ? provisional : provisionalOff);
        else
            m_calendar->setDateTextFormat(d, !working ? off : (weekend ? swapped : plain));
    }
    m_provisional->setText(tr("The State Council has not published the %1 holiday arrangement here yet: its days "
                              "are counted Monday to Friday, and deadlines that reach into it are provisional. "
                              "Import the notice when it is published.")
                               .arg(year));
    m_provisional->setVisible(!calendar.isKnown(first));
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
        const CalendarChange change
            = CalendarRepository(m_database)
                  .setDay({ m_calendar->selectedDate(), working, m_name->text().trimmed() }, m_user.login, &progress);
        m_message->setText(tr("Saved.") + u' ' + deadlinesMovedText(change));
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
        const CalendarChange change
            = CalendarRepository(m_database).removeDay(m_calendar->selectedDate(), m_user.login, &progress);
        m_message->setText(tr("The State Council arrangement applies again.") + u' ' + deadlinesMovedText(change));
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
        const CalendarChange change
            = CalendarRepository(m_database)
                  .importCsv(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), m_user.login, &progress);
        m_message->setText(tr("%n day(s) imported from %1.", nullptr, change.days).arg(QFileInfo(path).fileName())
            + u' ' + deadlinesMovedText(change));
        refresh();
        return true;
    } catch (const Error& error) {
        m_message->setText(error.message());
        return false;
    }
}

} // namespace ogi::ui
