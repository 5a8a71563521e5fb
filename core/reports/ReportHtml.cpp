#include "ReportHtml.h"

#include "Timestamps.h"
#include "reports/ProactiveFigures.h"
#include "reports/ReportCheckCode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ReportHtml)
    };

    QString cell(const QString& text, const char* tag = "td", int colspan = 1, int rowspan = 1)
    {
        QString attributes;
        if (colspan > 1)
            attributes += u" colspan=\"%1\""_s.arg(colspan);
        if (rowspan > 1)
            attributes += u" rowspan=\"%1\""_s.arg(rowspan);
        return u"<%1%2>%3</%1>"_s.arg(QLatin1String(tag), attributes, text.toHtmlEscaped());
    }

    QString number(qint64 value) { return u"<td align=\"right\">%1</td>"_s.arg(value); }

    const QString kTable = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;

    // The last line of a report or tally: its 校验码.
    QString checkCodeParagraph(const QString& code)
    {
        return u"<p>"_s + checkCodeLine(code).toHtmlEscaped() + u"</p>"_s;
    }
} // namespace

QString annualReportHtml(const QString& agency, int year, const ApplicationTable& applications,
    const RemedyTable& remedies, const FeeFigures& fees, const QMap<QString, QString>& proactive,
    const QString& checkCode)
{
    QString html = u"<h2 align=\"center\">%1</h2>"_s.arg(
        QString(agency + u" "_s + u"%1年政府信息公开工作年度报告（表格部分）"_s.arg(year)).trimmed().toHtmlEscaped());

    html += u"<h3>二、主动公开政府信息情况</h3>"_s;
    QStringList provisions;
    for (const ProactiveCell& c : proactiveCells())
        if (!provisions.contains(c.provision))
            provisions << c.provision;
    for (const QString& provision : provisions) {
        QStringList items;
        QStringList measures;
        for (const ProactiveCell& c : proactiveCells())
            if (c.provision == provision) {
                if (!items.contains(c.item))
                    items << c.item;
                if (!measures.contains(c.measure))
                    measures << c.measure;
            }
        html += kTable + u"<tr>"_s + cell(provision, "th", int(measures.size()) + 1) + u"</tr><tr>"_s
            + cell(u"信息内容"_s, "th");
        for (const QString& m : measures)
            html += cell(m, "th");
        html += u"</tr>"_s;
        for (const QString& item : items) {
            html += u"<tr>"_s + cell(item);
            for (const QString& m : measures)
                html += cell(proactive.value(item + u'/' + m));
            html += u"</tr>"_s;
        }
        html += u"</table><br/>"_s;
    }

    html += u"<h3>三、收到和处理政府信息公开申请情况</h3>"_s + kTable;
    const QStringList& columns = applicantColumnLabels();
    html += u"<tr>"_s + cell(applicationTableCorner(), "th", 1, 3) + cell(u"申请人情况"_s, "th", 7) + u"</tr>"_s;
    html += u"<tr>"_s + cell(columns.at(0), "th", 1, 2) + cell(u"法人或其他组织"_s, "th", 5)
        + cell(columns.at(6), "th", 1, 2) + u"</tr><tr>"_s;
    for (int c = 1; c <= 5; ++c)
        html += cell(columns.at(c), "th");
    html += u"</tr>"_s;
    for (const ApplicationTableRow& row : applicationTableRows()) {
        html += u"<tr>"_s + cell(row.label);
        for (int c = 0; c < kApplicantColumns; ++c)
            html += row.heading ? u"<td></td>"_s : number(applications.value(row.code, c));
        html += u"</tr>"_s;
    }
    html += u"</table><br/>"_s;

    html += u"<h3>四、政府信息公开行政复议、行政诉讼情况</h3>"_s + kTable;
    html += u"<tr>"_s + cell(u"行政复议"_s, "th", 5, 2) + cell(u"行政诉讼"_s, "th", 10) + u"</tr><tr>"_s
        + cell(u"未经复议直接起诉"_s, "th", 5) + cell(u"复议后起诉"_s, "th", 5) + u"</tr><tr>"_s;
    for (int g = 0; g < RemedyTable::kGroups; ++g)
        for (const QString& label : remedyCountLabels())
            html += cell(label, "th");
    html += u"</tr><tr>"_s;
    for (int g = 0; g < RemedyTable::kGroups; ++g)
        for (int c = 0; c < RemedyTable::kCounts; ++c)
            html += number(remedies.counts[size_t(g)][size_t(c)]);
    html += u"</tr></table><br/>"_s;

    html += u"<h3>六、其他需要报告的事项</h3><p>"_s
        + Tr::tr("Information-processing fees: %1 fee notice(s) for %2 yuan; %3 yuan collected")
              .arg(fees.notices)
              .arg(fees.amountYuan)
              .arg(fees.collectedYuan)
              .toHtmlEscaped()
        + u"</p>"_s;
    return html + checkCodeParagraph(checkCode);
}

QString tallyHtml(const QString& agency, const MonthlyTally& tally, const QString& checkCode)
{
    QString html = u"<h2 align=\"center\">%1</h2>"_s.arg(
        QString(agency + u" "_s + Tr::tr("Tally %1 to %2").arg(isoDate(tally.from), isoDate(tally.to)))
            .trimmed()
            .toHtmlEscaped());
    QList<const TallyFigures*> columns { &tally.all };
    for (const TallyFigures& f : tally.byDepartment)
        columns << &f;
    html += kTable + u"<tr>"_s + cell(Tr::tr("Figure"), "th");
    for (const TallyFigures* f : columns)
        html += cell(f->scopeLabel, "th");
    html += u"</tr>"_s;
    const QList<TallyFigureSpec> specs = tallyFigureSpecs();
    for (int i = 0; i < specs.size(); ++i) {
        html += u"<tr>"_s + cell(specs.at(i).group + u" / "_s + specs.at(i).label);
        for (const TallyFigures* f : columns)
            html += number(f->values.value(i));
        html += u"</tr>"_s;
    }
    for (const auto& [label, pick] : { std::pair { Tr::tr("Median working days to reply"), 0 },
             std::pair { Tr::tr("Longest working days to reply"), 1 } }) {
        html += u"<tr>"_s + cell(label);
        for (const TallyFigures* f : columns)
            html += number(pick == 0 ? f->medianWorkingDays : f->maxWorkingDays);
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s + checkCodeParagraph(checkCode);
}

} // namespace ogi
