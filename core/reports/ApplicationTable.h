#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>

namespace ogi {

// Section 三 of the annual report (收到和处理政府信息公开申请情况) in the national format
// (reference/annual-report-format.md): rows 一 … 四 with the outcome rows and sub-rows, seven
// columns by applicant type.

inline constexpr int kApplicantColumns = 7; // 自然人, five kinds of organisation, 总计
using ApplicantCounts = std::array<qint64, kApplicantColumns>;

// One row of the table: a stable code ("withheld_4", the outcome code where there is one),
// its label verbatim, and the rows it is the sum of (empty for a row counted directly).
struct ApplicationTableRow
{
    QString code;
    QString label; // verbatim, e.g. "4.保护第三方合法权益"
    QStringList parts;
    bool heading = false; // "三、本年度办理结果": a heading without figures
};

// The rows in the order of the format.
const QList<ApplicationTableRow>& applicationTableRows();
const ApplicationTableRow* findApplicationTableRow(const QString& codeOrLabel);
// The column labels verbatim: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
const QStringList& applicantColumnLabels();
// The corner cell of the table, verbatim.
QString applicationTableCorner();
// The table's head as the format prints it, one list of eight cells (the label column, then
// the seven figures' columns) per line; a merged cell is written in its first line and
// column, the cells it covers are empty: the corner (three lines high) and 申请人情况 over
// all seven columns; 自然人, 法人或其他组织 over the five kinds of organisation, 总计; the five
// kinds. The same head as the .xlsx and the printed table.
const QList<QStringList>& applicationTableHead();
// True for a cell of that head (or an empty one).
bool isApplicationTableHeadCell(const QString& cell);

// The figures of section 三, by row code.
struct ApplicationTable
{
    QMap<QString, ApplicantCounts> rows;

    qint64 value(const QString& row, int column) const
    {
        return rows.value(row, ApplicantCounts {}).at(size_t(column));
    }
    void add(const QString& row, int column, qint64 count);
};

// One figure that does not add up: where, what is stated and what its parts give.
struct ReconciliationFailure
{
    QString row; // label
    QString column; // label
    qint64 stated = 0;
    qint64 expected = 0;
    QString rule; // translated: which rule ("the sum of its sub-rows", "一 + 二 = （七）+ 四", ...)
    QString message() const; // translated, one line
};

// Every figure of `table` that breaks a rule of the format: a row with parts equals their
// sum; the 总计 column equals the six columns before it; in every column 一 + 二 equals
// （七）总计 + 四. Empty when the table reconciles.
QList<ReconciliationFailure> reconcile(const ApplicationTable& table);

} // namespace ogi
