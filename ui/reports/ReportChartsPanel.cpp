#include "ReportChartsPanel.h"

#include "lifecycle/Outcome.h"
#include "reports/YearByMonth.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QPieSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ogi::ui {

namespace {
    QChartView* chartView(QWidget* parent, const QString& objectName)
    {
        auto* view = new QChartView(new QChart, parent);
        view->setObjectName(objectName);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 240);
        return view;
    }

    QStringList monthLabels()
    {
        QStringList labels;
        for (int m = 1; m <= 12; ++m)
            labels << ReportChartsPanel::tr("Month %1").arg(m);
        return labels;
    }

    // A fresh chart for `view`, its old one deleted.
    QChart* freshChart(QChartView* view, const QString& title)
    {
        QChart* old = view->chart();
        auto* chart = new QChart;
        chart->setTitle(title);
        chart->legend()->setAlignment(Qt::AlignBottom);
        view->setChart(chart);
        delete old;
        return chart;
    }
} // namespace

ReportChartsPanel::ReportChartsPanel(const Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_months(chartView(this, u"monthsChart"_s))
    , m_outcomes(chartView(this, u"outcomesChart"_s))
    , m_onTime(chartView(this, u"onTimeChart"_s))
{
    auto* grid = new QGridLayout(this);
    grid->addWidget(m_months, 0, 0, 1, 2);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(m_onTime, 1, 1);
}

void ReportChartsPanel::showYear(int year, const ApplicationTable& table)
{
    const YearByMonth months = yearByMonth(m_database, year);

    QChart* perMonth = freshChart(m_months, tr("Applications per month, %1").arg(year));
    auto* received = new QBarSet(tr("Received"));
    auto* concluded = new QBarSet(tr("Concluded"));
    qint64 highest = 1;
    for (size_t m = 0; m < 12; ++m) {
        *received << double(months.received[m]);
        *concluded << double(months.concluded[m]);
        highest = std::max({ highest, months.received[m], months.concluded[m] });
    }
    auto* bars = new QBarSeries;
    bars->append(received);
    bars->append(concluded);
    perMonth->addSeries(bars);
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(monthLabels());
    perMonth->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, double(highest));
    countAxis->setLabelFormat(u"%d"_s);
    countAxis->applyNiceNumbers();
    perMonth->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);

    // Outcomes of the year by the national categories (labels verbatim).
    QChart* outcomes = freshChart(m_outcomes, tr("Outcomes, %1").arg(year));
    auto* pie = new QPieSeries;
    const QList<std::pair<const char*, OutcomeCategory>> categories
        = { { "disclosed", OutcomeCategory::Disclosed }, { "partly_disclosed", OutcomeCategory::PartlyDisclosed },
              { "withheld", OutcomeCategory::Withheld }, { "unavailable", OutcomeCategory::Unavailable },
              { "not_processed", OutcomeCategory::NotProcessed }, { "other", OutcomeCategory::OtherHandling } };
    for (const auto& [code, category] : categories) {
        const qint64 count = table.value(QLatin1String(code), 6);
        if (count > 0)
            pie->append(u"%1 %2"_s.arg(categoryLegalLabel(category)).arg(count), double(count));
    }
    outcomes->addSeries(pie);
    outcomes->legend()->setAlignment(Qt::AlignRight);

    // On time: the share of the month's replies that went out within the period.
    QChart* onTime = freshChart(m_onTime, tr("Replied on time, %1 (%)").arg(year));
    auto* line = new QLineSeries;
    line->setName(tr("On time"));
    for (size_t m = 0; m < 12; ++m) {
        const qint64 replied = months.onTime[m] + months.late[m];
        if (replied > 0)
            line->append(double(m + 1), 100.0 * double(months.onTime[m]) / double(replied));
    }
    onTime->addSeries(line);
    auto* x = new QValueAxis;
    x->setRange(1, 12);
    x->setTickCount(12);
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(tr("Month"));
    onTime->addAxis(x, Qt::AlignBottom);
    line->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d"_s);
    onTime->addAxis(y, Qt::AlignLeft);
    line->attachAxis(y);
}

} // namespace ogi::ui
