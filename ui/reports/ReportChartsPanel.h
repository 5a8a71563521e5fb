#pragma once

#include "reports/ApplicationTable.h"

#include <QWidget>

class QChartView;

namespace ogi {
class Database;
}

namespace ogi::ui {

// The year at a glance: applications received and cases concluded per month, the outcomes of
// the year by the categories of the national format, and the share replied on time per month.
class ReportChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChartsPanel(const Database& database, QWidget* parent = nullptr);

    // Charts `year`; `applications` is its section 三, already counted by the caller.
    void showYear(int year, const ApplicationTable& applications);
    QChartView* monthsChart() const { return m_months; }
    QChartView* outcomesChart() const { return m_outcomes; }
    QChartView* onTimeChart() const { return m_onTime; }

private:
    const Database& m_database;
    QChartView* m_months;
    QChartView* m_outcomes;
    QChartView* m_onTime;
};

} // namespace ogi::ui
