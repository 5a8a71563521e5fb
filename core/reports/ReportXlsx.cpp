#include "ReportXlsx.h"

#include "Error.h"
#include "Timestamps.h"
#include "exchange/XlsxWorkbook.h"
#include "reports/ReportCheckCode.h"

#include <QCoreApplication>
#include <QFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReportXlsx)
    };
} // namespace

void writeAnnualXlsx(const QString& path, int year, const ApplicationTable& applications, const RemedyTable& remedies,
    const FeeFigures& fees, const QMap<QString, QString>& proactive, const QString& checkCode)
{
    XlsxWorkbook book(path);
    const QString footer = checkCodeLine(checkCode);
    // 二: per provision, a heading, 信息内容 and its measures, then a row per kind of information.
    lxw_worksheet* two = book.sheet(u"二、主动公开"_s);
    worksheet_set_column(two, 0, 0, 22, nullptr);
    worksheet_set_column(two, 1, 3, 18, nullptr);
    QStringList provisions;
    for (const ProactiveCell& cell : proactiveCells())
        if (!provisions.contains(cell.provision))
            provisions << cell.provision;
    int line = 0;
    for (const QString& provision : provisions) {
        QStringList items;
        QStringList measures;
        for (const ProactiveCell& cell : proactiveCells())
            if (cell.provision == provision) {
                if (!items.contains(cell.item))
                    items << cell.item;
                if (!measures.contains(cell.measure))
                    measures << cell.measure;
            }
        if (measures.size() > 1)
            book.merged(two, line, 0, line, int(measures.size()), provision);
        else
            book.merged(two, line, 0, line, 1, provision);
        book.header(two, line + 1, 0, u"信息内容"_s);
        for (int m = 0; m < measures.size(); ++m)
            book.header(two, line + 1, m + 1, measures.at(m));
        for (int i = 0; i < items.size(); ++i) {
            book.label(two, line + 2 + i, 0, items.at(i));
            for (int m = 0; m < measures.size(); ++m) {
                const QString value = proactive.value(items.at(i) + u'/' + measures.at(m));
                if (value.isEmpty())
                    book.blank(two, line + 2 + i, m + 1);
                else
                    book.decimal(two, line + 2 + i, m + 1, value.toDouble());
            }
        }
        line += 2 + int(items.size()) + 1;
    }
    book.text(two, line - 1, 0, footer); // in the blank row after the last table

    // 三: three header rows, then one row per row of the format.
    lxw_worksheet* three = book.sheet(u"三、收到和处理"_s);
    worksheet_set_column(three, 0, 0, 62, nullptr);
    worksheet_set_column(three, 1, 7, 11, nullptr);
    const QStringList& columns = applicantColumnLabels();
    book.merged(three, 0, 0, 2, 0, applicationTableCorner());
    book.merged(three, 0, 1, 0, 7, u"申请人情况"_s);
    book.merged(three, 1, 1, 2, 1, columns.at(0));
    book.merged(three, 1, 2, 1, 6, u"法人或其他组织"_s);
    for (int c = 1; c <= 5; ++c)
        book.header(three, 2, c + 1, columns.at(c));
    book.merged(three, 1, 7, 2, 7, columns.at(6));
    int row = 3;
    for (const ApplicationTableRow& r : applicationTableRows()) {
        book.label(three, row, 0, r.label);
        for (int c = 0; c < kApplicantColumns; ++c) {
            if (r.heading)
                book.blank(three, row, c + 1);
            else
                book.number(three, row, c + 1, applications.value(r.code, c));
        }
        ++row;
    }
    book.text(three, row, 0, footer);

    // 四: 行政复议 and 行政诉讼 (two kinds) over their five counts.
    lxw_worksheet* four = book.sheet(u"四、复议诉讼"_s);
    worksheet_set_column(four, 0, 14, 10, nullptr);
    book.merged(four, 0, 0, 1, 4, u"行政复议"_s);
    book.merged(four, 0, 5, 0, 14, u"行政诉讼"_s);
    book.merged(four, 1, 5, 1, 9, u"未经复议直接起诉"_s);
    book.merged(four, 1, 10, 1, 14, u"复议后起诉"_s);
    for (int g = 0; g < RemedyTable::kGroups; ++g)
        for (int c = 0; c < RemedyTable::kCounts; ++c) {
            book.header(four, 2, g * RemedyTable::kCounts + c, remedyCountLabels().at(c));
            book.number(four, 3, g * RemedyTable::kCounts + c, remedies.counts[size_t(g)][size_t(c)]);
        }
    book.text(four, 4, 0, footer);

    // 六: the year's information-processing fees.
    lxw_worksheet* six = book.sheet(u"六、收费"_s);
    worksheet_set_column(six, 0, 0, 30, nullptr);
    worksheet_set_column(six, 1, 1, 14, nullptr);
    book.header(six, 0, 0, u"%1年信息处理费"_s.arg(year));
    book.header(six, 0, 1, u"数量／金额"_s);
    const QList<std::pair<QString, qint64>> lines = { { u"发出收费通知的件数"_s, fees.notices },
        { u"收费通知的总金额（元）"_s, fees.amountYuan }, { u"实际收取的总金额（元）"_s, fees.collectedYuan } };
    for (int i = 0; i < lines.size(); ++i) {
        book.label(six, i + 1, 0, lines.at(i).first);
        book.number(six, i + 1, 1, lines.at(i).second);
    }
    book.text(six, int(lines.size()) + 1, 0, footer);
    book.close();
}

void writeTallyXlsx(const QString& path, const MonthlyTally& tally, const QString& checkCode)
{
    XlsxWorkbook book(path);
    lxw_worksheet* sheet = book.sheet(u"月度统计"_s);
    QList<const TallyFigures*> columns { &tally.all };
    for (const TallyFigures& f : tally.byDepartment)
        columns << &f;
    for (const TallyFigures& f : tally.byClerk)
        columns << &f;
    worksheet_set_column(sheet, 0, 0, 36, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(columns.size()), 12, nullptr);
    book.header(sheet, 0, 0, Tr::tr("%1 to %2").arg(isoDate(tally.from), isoDate(tally.to)));
    book.header(sheet, 0, 1, tally.all.scopeLabel);
    for (int c = 1; c < columns.size(); ++c)
        book.header(sheet, 0, c + 1,
            (c <= tally.byDepartment.size() ? Tr::tr("Department: %1") : Tr::tr("Clerk: %1"))
                .arg(columns.at(c)->scopeLabel));
    const QList<TallyFigureSpec> specs = tallyFigureSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        book.label(sheet, i + 1, 0, specs.at(i).group + u" / "_s + specs.at(i).label);
        for (int c = 0; c < columns.size(); ++c)
            book.number(sheet, i + 1, c + 1, columns.at(c)->values.value(i));
    }
    const int last = int(specs.size()) + 1;
    book.label(sheet, last, 0, Tr::tr("Median working days to reply"));
    book.label(sheet, last + 1, 0, Tr::tr("Longest working days to reply"));
    for (int c = 0; c < columns.size(); ++c) {
        book.number(sheet, last, c + 1, columns.at(c)->medianWorkingDays);
        book.number(sheet, last + 1, c + 1, columns.at(c)->maxWorkingDays);
    }
    book.text(sheet, last + 2, 0, checkCodeLine(checkCode));
    book.close();
}

} // namespace ogi
