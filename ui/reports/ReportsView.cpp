#include "ReportsView.h"
#include "ProactiveDialog.h"
#include "ReportChartsPanel.h"

#include "Clock.h"
#include "Error.h"
#include "SavedFile.h"
#include "notices/NoticePrinting.h"
#include "print/NoticePdf.h"
#include "reports/AnnualApplications.h"
#include "reports/AnnualReportDue.h"
#include "reports/AnnualRemediesAndFees.h"
#include "reports/ApplicationTable.h"
#include "reports/ApplicationTableCsv.h"
#include "reports/MonthlyTally.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportCheckCode.h"
#include "reports/ReportHtml.h"
#include "reports/ReportXlsx.h"
#include "settings/OfficeSettings.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ogi::ui {

ReportsView::ReportsView(const Database& database, const UserAccount& user, QWidget* parent)
    : ReportsView(database, user, SystemClock::instance(), parent)
{
}

ReportsView::ReportsView(const Database& database, const UserAccount& user, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_month(new QDateEdit(this))
    , m_tally(new QTreeWidget(this))
    , m_cases(new QListWidget(this))
    , m_casesTitle(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_annual(new QTableWidget(this))
    , m_reconciliation(new QLabel(this))
    , m_due(new QLabel(this))
    , m_remediesAndFees(new QLabel(this))
    , m_charts(new ReportChartsPanel(database, this))
{
    const QDate today = m_clock.today();
    // The monthly tally: a month, the figures by scope, the cases behind a figure.
    auto* tallyPage = new QWidget(this);
    m_month->setObjectName(u"tallyMonth"_s);
    m_month->setDisplayFormat(u"yyyy-MM"_s);
    m_month->setDate(QDate(today.year(), today.month(), 1));
    m_month->setCalendarPopup(true);
    connect(m_month, &QDateEdit::dateChanged, this, [this] { fillTally(); });
    m_tally->setObjectName(u"tallyTable"_s);
    m_tally->setAlternatingRowColors(true);
    m_tally->header()->setDefaultSectionSize(90);
    connect(m_tally, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item, int column) {
        const QString code = item->data(0, Qt::UserRole).toString();
        if (!code.isEmpty())
            showCasesOf(code, std::max(0, column - 1));
    });
    m_cases->setObjectName(u"tallyCases"_s);
    connect(m_cases, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { Q_EMIT caseActivated(item->text()); });
    m_casesTitle->setWordWrap(true);
    m_casesTitle->setText(tr("Double-click a figure to see its cases."));
    auto* casesBox = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesTitle);
    casesLayout->addWidget(m_cases, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tally);
    splitter->addWidget(casesBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* printTally = new QPushButton(tr("Print…"), this);
    printTally->setObjectName(u"printTally"_s);
    connect(printTally, &QPushButton::clicked, this, [this] {
        showPrintPreview(monthHtml(), noticeFontFamilies(m_database), print::PaperKind::ReportA4,
            tr("Monthly tally %1").arg(m_month->date().toString(u"yyyy-MM"_s)), this);
    });
    auto* tallyBar = new QHBoxLayout;
    tallyBar->addWidget(new QLabel(tr("Month"), this));
    tallyBar->addWidget(m_month);
    tallyBar->addWidget(printTally);
    tallyBar->addStretch();
    auto* tallyLayout = new QVBoxLayout(tallyPage);
    tallyLayout->addLayout(tallyBar);
    tallyLayout->addWidget(splitter, 1);

    // Section 三 of the annual report.
    auto* annualPage = new QWidget(this);
    m_year->setObjectName(u"annualYear"_s);
    m_year->setRange(2008, 2100);
    // In January (until the date of Art. 49) the office is preparing last year's report.
    const AnnualReportDue lastYears = previousYearReportDue(OfficeSettings(database).officeKind(), today);
    m_year->setValue(lastYears.remind() ? lastYears.year : today.year());
    connect(m_year, &QSpinBox::valueChanged, this, [this] { fillAnnual(); });
    m_annual->setObjectName(u"annualTable"_s);
    m_annual->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_due->setObjectName(u"annualReportDue"_s);
    m_due->setWordWrap(true);
    m_reconciliation->setObjectName(u"reconciliation"_s);
    m_reconciliation->setWordWrap(true);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(u"exportAnnual"_s);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export section 三"), tr("annual-report-%1.csv").arg(m_year->value()), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportAnnualCsv(path);
    });
    auto* excelButton = new QPushButton(tr("Export Excel…"), this);
    excelButton->setObjectName(u"exportAnnualXlsx"_s);
    connect(excelButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the annual report's tables"),
            tr("annual-report-%1.xlsx").arg(m_year->value()), tr("Excel workbook (*.xlsx)"));
        if (!path.isEmpty())
            exportAnnualXlsx(path);
    });
    auto* enterButton = new QPushButton(tr("Enter section 二…"), this);
    enterButton->setObjectName(u"enterProactive"_s);
    enterButton->setVisible(user.holds(Role::Chief) || user.holds(Role::Administrator));
    connect(enterButton, &QPushButton::clicked, this, [this] {
        ProactiveDialog dialog(m_database, m_user, m_year->value(), this);
        if (dialog.exec() == QDialog::Accepted)
            fillAnnual();
    });
    auto* printButton = new QPushButton(tr("Print…"), this);
    printButton->setObjectName(u"printAnnual"_s);
    connect(printButton, &QPushButton::clicked, this, [this] {
        const QString html = annualHtml();
        if (!html.isEmpty())
            showPrintPreview(html, noticeFontFamilies(m_database), print::PaperKind::ReportA4,
                tr("Annual report %1").arg(m_year->value()), this);
    });
    auto* pdfButton = new QPushButton(tr("PDF…"), this);
    pdfButton->setObjectName(u"annualPdf"_s);
    connect(pdfButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the annual report as PDF"),
            tr("annual-report-%1.pdf").arg(m_year->value()), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveAnnualPdf(path);
    });
    auto* checkButton = new QPushButton(tr("Check typed-in figures…"), this);
    checkButton->setObjectName(u"checkFigures"_s);
    checkButton->setToolTip(
        tr("A section 三 kept elsewhere, as CSV with the format's row labels: every total is checked"));
    connect(checkButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Check section 三 figures"), QString(), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            QMessageBox::information(this, tr("Check section 三 figures"), checkTypedFigures(path));
    });
    auto* annualBar = new QHBoxLayout;
    annualBar->addWidget(new QLabel(tr("Year"), this));
    annualBar->addWidget(m_year);
    annualBar->addWidget(exportButton);
    annualBar->addWidget(excelButton);
    annualBar->addWidget(printButton);
    annualBar->addWidget(pdfButton);
    annualBar->addWidget(enterButton);
    annualBar->addWidget(checkButton);
    annualBar->addStretch();
    auto* annualLayout = new QVBoxLayout(annualPage);
    annualLayout->addLayout(annualBar);
    annualLayout->addWidget(m_due);
    annualLayout->addWidget(m_reconciliation);
    annualLayout->addWidget(m_annual, 1);
    m_remediesAndFees->setObjectName(u"remediesAndFees"_s);
    m_remediesAndFees->setTextFormat(Qt::RichText);
    m_remediesAndFees->setWordWrap(true);
    annualLayout->addWidget(m_remediesAndFees);

    m_tabs->addTab(tallyPage, tr("Monthly tally"));
    m_tabs->addTab(annualPage, tr("Annual report: applications"));
    m_tabs->addTab(m_charts, tr("Charts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ReportsView::refresh()
{
    fillTally();
    fillAnnual();
}

void ReportsView::setMonth(const QDate& firstDay) { m_month->setDate(QDate(firstDay.year(), firstDay.month(), 1)); }

void ReportsView::setYear(int year) { m_year->setValue(year); }

void ReportsView::fillTally()
{
    m_tally->clear();
    m_tallyColumns.clear();
    const QDate from = QDate(m_month->date().year(), m_month->date().month(), 1);
    MonthlyTally tally;
    try {
        tally = monthlyTally(m_database, from, from.addMonths(1).addDays(-1), m_clock.today());
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Monthly tally"), error.message());
        return;
    }
    QList<const TallyFigures*> columns { &tally.all };
    QStringList headers { tr("Figure"), tally.all.scopeLabel };
    m_tallyColumns << QString();
    for (const TallyFigures& f : tally.byDepartment) {
        columns << &f;
        headers << f.scopeLabel;
        m_tallyColumns << u"d:"_s + f.scopeLabel;
    }
    for (const TallyFigures& f : tally.byClerk) {
        columns << &f;
        headers << tr("Clerk %1").arg(f.scopeLabel);
        m_tallyColumns << u"c:"_s + f.scopeLabel;
    }
    m_tally->setHeaderLabels(headers);
    const QList<TallyFigureSpec> specs = tallyFigureSpecs();
    QTreeWidgetItem* group = nullptr;
    for (int i = 0; i < specs.size(); ++i) {
        if (!group || group->text(0) != specs.at(i).group) {
            group = new QTreeWidgetItem(m_tally, { specs.at(i).group });
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group, { specs.at(i).label });
        item->setData(0, Qt::UserRole, specs.at(i).code);
        for (int c = 0; c < columns.size(); ++c) {
            item->setText(c + 1, QString::number(columns.at(c)->values.value(i)));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    auto* times = new QTreeWidgetItem(m_tally, { tr("Working days from receipt to reply") });
    times->setExpanded(true);
    for (const auto& [label, pick] :
        { std::pair { tr("Median"), 0 }, std::pair { tr("Longest"), 1 }, std::pair { tr("Replies counted"), 2 } }) {
        auto* item = new QTreeWidgetItem(times, { label });
        for (int c = 0; c < columns.size(); ++c) {
            const TallyFigures* f = columns.at(c);
            item->setText(c + 1,
                QString::number(pick == 0 ? f->medianWorkingDays
                        : pick == 1       ? f->maxWorkingDays
                                          : f->replied));
            item->setTextAlignment(c + 1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tally->resizeColumnToContents(0);
    m_cases->clear();
}

void ReportsView::showCasesOf(const QString& code, int column)
{
    m_cases->clear();
    const QString key = m_tallyColumns.value(column);
    TallyScope scope;
    if (key.startsWith(u"d:"))
        scope.department = key.mid(2);
    else if (key.startsWith(u"c:"))
        scope.clerk = key.mid(2);
    const QDate from = QDate(m_month->date().year(), m_month->date().month(), 1);
    try {
        const QStringList numbers
            = tallyCases(m_database, code, from, from.addMonths(1).addDays(-1), m_clock.today(), scope);
        m_cases->addItems(numbers);
        QString label;
        for (const TallyFigureSpec& spec : tallyFigureSpecs())
            if (spec.code == code)
                label = spec.label;
        m_casesTitle->setText(tr("%1 (%2): %n case(s) — double-click to open", nullptr, int(numbers.size()))
                                  .arg(label, key.isEmpty() ? tr("All") : key.mid(2)));
    } catch (const Error& error) {
        m_casesTitle->setText(error.message());
    }
}

int ReportsView::year() const { return m_year->value(); }

void ReportsView::fillAnnual()
{
    const AnnualReportDue due
        = annualReportDue(m_year->value(), OfficeSettings(m_database).officeKind(), m_clock.today());
    m_due->setText(due.text());
    // Bold while it is to be done; red on the day itself.
    m_due->setStyleSheet(due.status == AnnualReportDue::Status::DueToday ? u"font-weight: bold; color: #b00020;"_s
            : due.remind()                                              ? u"font-weight: bold;"_s
                                                                        : QString());
    ApplicationTable table;
    try {
        table = annualApplications(m_database, m_year->value());
    } catch (const Error& error) {
        m_reconciliation->setText(error.message());
        return;
    }
    const QList<ApplicationTableRow>& rows = applicationTableRows();
    m_annual->clear();
    m_annual->setRowCount(int(rows.size()));
    m_annual->setColumnCount(kApplicantColumns);
    m_annual->setHorizontalHeaderLabels(applicantColumnLabels());
    QStringList labels;
    for (const ApplicationTableRow& row : rows)
        labels << row.label;
    m_annual->setVerticalHeaderLabels(labels);
    m_annual->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QList<ReconciliationFailure> failures = reconcile(table);
    // A table that does not add up is not shown: it says where instead.
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < kApplicantColumns && failures.isEmpty(); ++c)
            if (!rows.at(r).heading) {
                auto* cell = new QTableWidgetItem(QString::number(table.value(rows.at(r).code, c)));
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_annual->setItem(r, c, cell);
            }
    if (failures.isEmpty()) {
        m_reconciliation->setStyleSheet(u"color: #1b5e20;"_s);
        m_reconciliation->setText(
            tr("Checked: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column. %1")
                .arg(applicationTableCorner()));
    } else {
        QStringList lines;
        for (const ReconciliationFailure& failure : failures)
            lines << failure.message();
        m_reconciliation->setStyleSheet(u"color: #b00020;"_s);
        m_reconciliation->setText(tr("The table does not add up and is not shown:") + u'\n' + lines.join(u'\n'));
    }
    m_annual->resizeColumnsToContents();

    // Sections 四 and 六, labels verbatim.
    const RemedyTable remedies = annualRemedies(m_database, m_year->value());
    const FeeFigures fees = annualFees(m_database, m_year->value());
    const QMap<QString, QString> entered = ProactiveFigures(m_database).values(m_year->value());
    QString html = u"<b>二、主动公开政府信息情况</b>　"_s;
    QStringList cells;
    for (const ProactiveCell& cell : proactiveCells())
        cells << QString(cell.item + u" " + cell.measure + u" " + entered.value(cell.key(), u"—"_s)).toHtmlEscaped();
    html += cells.join(u"；"_s) + u"<br>"_s;
    html += u"<b>四、政府信息公开行政复议、行政诉讼情况</b><table cellspacing=6><tr><td></td>"_s;
    for (const QString& label : remedyCountLabels())
        html += u"<td>"_s + label + u"</td>"_s;
    html += u"</tr>"_s;
    for (int g = 0; g < RemedyTable::kGroups; ++g) {
        html += u"<tr><td>"_s + remedyGroupLabels().at(g) + u"</td>"_s;
        for (int c = 0; c < RemedyTable::kCounts; ++c)
            html += u"<td align=right>%1</td>"_s.arg(remedies.counts[size_t(g)][size_t(c)]);
        html += u"</tr>"_s;
    }
    html += u"</table><b>六、其他需要报告的事项</b>　"_s
        + tr("Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected")
              .arg(fees.notices)
              .arg(fees.amountYuan)
              .arg(fees.collectedYuan)
              .toHtmlEscaped();
    m_remediesAndFees->setText(html);
    m_charts->showYear(m_year->value(), table);
}

bool ReportsView::exportAnnualCsv(const QString& path)
{
    try {
        const ApplicationTable table = annualApplications(m_database, m_year->value());
        if (!reconcile(table).isEmpty())
            throw Error(ErrorCode::Refused, tr("The table does not add up; it is not exported."));
        saveFile(path, applicationTableCsv(table, reportCheckCode(m_database)));
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not exported"), error.message());
        return false;
    }
    return true;
}

} // namespace ogi::ui

namespace ogi::ui {

bool ReportsView::exportAnnualXlsx(const QString& path)
{
    try {
        const int year = m_year->value();
        const ApplicationTable table = annualApplications(m_database, year);
        if (!reconcile(table).isEmpty())
            throw Error(ErrorCode::Refused, tr("The table does not add up; it is not exported."));
        writeAnnualXlsx(path, year, table, annualRemedies(m_database, year), annualFees(m_database, year),
            ProactiveFigures(m_database).values(year), reportCheckCode(m_database));
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not exported"), error.message());
        return false;
    }
    return true;
}

} // namespace ogi::ui

namespace ogi::ui {

QString ReportsView::annualHtml()
{
    try {
        const int year = m_year->value();
        const ApplicationTable table = annualApplications(m_database, year);
        if (!reconcile(table).isEmpty())
            throw Error(ErrorCode::Refused, tr("The table does not add up; it is not printed."));
        return annualReportHtml(OfficeSettings(m_database).agencyProfile().name, year, table,
            annualRemedies(m_database, year), annualFees(m_database, year), ProactiveFigures(m_database).values(year),
            reportCheckCode(m_database));
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not printed"), error.message());
        return {};
    }
}

QString ReportsView::monthHtml() const
{
    const QDate from = QDate(m_month->date().year(), m_month->date().month(), 1);
    const MonthlyTally tally
        = monthlyTally(m_database, from, from.addMonths(1).addDays(-1), m_clock.today());
    return tallyHtml(OfficeSettings(m_database).agencyProfile().name, tally, reportCheckCode(m_database));
}

bool ReportsView::saveAnnualPdf(const QString& path)
{
    const QString html = annualHtml();
    if (html.isEmpty())
        return false;
    try {
        print::writeNoticePdf(path, html, noticeFontFamilies(m_database), tr("Annual report %1").arg(m_year->value()),
            QDateTime::currentDateTimeUtc(), print::PaperKind::ReportA4);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Not saved"), error.message());
        return false;
    }
    return true;
}

} // namespace ogi::ui

namespace ogi::ui {

QString ReportsView::checkTypedFigures(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    try {
        const QList<ReconciliationFailure> failures = reconcile(parseApplicationTableCsv(file.readAll()));
        if (failures.isEmpty())
            return tr("%1: every total equals the sum of its parts, and 一 + 二 = （七） + 四 in every column.")
                .arg(path);
        QStringList lines { tr("%n figure(s) do not add up:", nullptr, int(failures.size())) };
        for (const ReconciliationFailure& failure : failures)
            lines << failure.message();
        return lines.join(u'\n');
    } catch (const Error& error) {
        QStringList lines { error.message() };
        for (const FieldIssue& issue : error.issues())
            lines << issue.field + u": "_s + issue.message;
        return lines.join(u'\n');
    }
}

} // namespace ogi::ui
