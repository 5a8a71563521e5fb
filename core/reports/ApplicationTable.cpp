#include "ApplicationTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::ApplicationTable)
    };

    QList<ApplicationTableRow> buildRows()
    {
        QList<ApplicationTableRow> rows = {
            { u"received"_s, u"一、本年新收政府信息公开申请数量"_s, {} },
            { u"carried_in"_s, u"二、上年结转政府信息公开申请数量"_s, {} },
            { u"results"_s, u"三、本年度办理结果"_s, {}, true },
            { u"disclosed"_s, u"（一）予以公开"_s, {} },
            { u"partly_disclosed"_s, u"（二）部分公开（区分处理的，只计这一情形，不计其他情形）"_s, {} },
            { u"withheld"_s, u"（三）不予公开"_s, {} },
            { u"withheld_1"_s, u"1.属于国家秘密"_s, {} },
            { u"withheld_2"_s, u"2.其他法律行政法规禁止公开"_s, {} },
            { u"withheld_3"_s, u"3.危及“三安全一稳定”"_s, {} },
            { u"withheld_4"_s, u"4.保护第三方合法权益"_s, {} },
            { u"withheld_5"_s, u"5.属于三类内部事务信息"_s, {} },
            { u"withheld_6"_s, u"6.属于四类过程性信息"_s, {} },
            { u"withheld_7"_s, u"7.属于行政执法案卷"_s, {} },
            { u"withheld_8"_s, u"8.属于行政查询事项"_s, {} },
            { u"unavailable"_s, u"（四）无法提供"_s, {} },
            { u"unavailable_1"_s, u"1.本机关不掌握相关政府信息"_s, {} },
            { u"unavailable_2"_s, u"2.没有现成信息需要另行制作"_s, {} },
            { u"unavailable_3"_s, u"3.补正后申请内容仍不明确"_s, {} },
            { u"not_processed"_s, u"（五）不予处理"_s, {} },
            { u"not_processed_1"_s, u"1.信访举报投诉类申请"_s, {} },
            { u"not_processed_2"_s, u"2.重复申请"_s, {} },
            { u"not_processed_3"_s, u"3.要求提供公开出版物"_s, {} },
            { u"not_processed_4"_s, u"4.无正当理由大量反复申请"_s, {} },
            { u"not_processed_5"_s, u"5.要求行政机关确认或重新出具已获取信息"_s, {} },
            { u"other"_s, u"（六）其他处理"_s, {} },
            { u"other_1"_s, u"1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"_s, {} },
            { u"other_2"_s, u"2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"_s, {} },
            { u"other_3"_s, u"3.其他"_s, {} },
            { u"total"_s, u"（七）总计"_s,
                { u"disclosed"_s, u"partly_disclosed"_s, u"withheld"_s, u"unavailable"_s, u"not_processed"_s,
                    u"other"_s } },
            { u"carried_out"_s, u"四、结转下年度继续办理"_s, {} },
        };
        // A category row is the sum of its numbered sub-rows ("withheld" of "withheld_1" …).
        for (ApplicationTableRow& row : rows)
            for (const ApplicationTableRow& other : std::as_const(rows))
                if (other.code.startsWith(row.code + u'_') && row.code != u"total")
                    row.parts << other.code;
        return rows;
    }
} // namespace

const QList<ApplicationTableRow>& applicationTableRows()
{
    static const QList<ApplicationTableRow> rows = buildRows();
    return rows;
}

const ApplicationTableRow* findApplicationTableRow(const QString& codeOrLabel)
{
    const QString text = codeOrLabel.trimmed();
    for (const ApplicationTableRow& row : applicationTableRows())
        if (row.code == text || row.label == text)
            return &row;
    return nullptr;
}

const QStringList& applicantColumnLabels()
{
    static const QStringList labels
        = { u"自然人"_s, u"商业企业"_s, u"科研机构"_s, u"社会公益组织"_s, u"法律服务机构"_s, u"其他"_s, u"总计"_s };
    return labels;
}

QString applicationTableCorner() { return u"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"_s; }

const QList<QStringList>& applicationTableHead()
{
    const QStringList& c = applicantColumnLabels();
    static const QList<QStringList> head = {
        { applicationTableCorner(), u"申请人情况"_s, {}, {}, {}, {}, {}, {} },
        { {}, c.at(0), u"法人或其他组织"_s, {}, {}, {}, {}, c.at(6) },
        { {}, {}, c.at(1), c.at(2), c.at(3), c.at(4), c.at(5), {} },
    };
    return head;
}

bool isApplicationTableHeadCell(const QString& cell)
{
    if (cell.isEmpty())
        return true;
    for (const QStringList& line : applicationTableHead())
        if (line.contains(cell))
            return true;
    return false;
}

void ApplicationTable::add(const QString& row, int column, qint64 count) { rows[row][size_t(column)] += count; }

QString ReconciliationFailure::message() const
{
    return Tr::tr("%1 / %2: %3 is stated, but %4 gives %5.").arg(row, column).arg(stated).arg(rule).arg(expected);
}

QList<ReconciliationFailure> reconcile(const ApplicationTable& table)
{
    QList<ReconciliationFailure> failures;
    const QStringList& columns = applicantColumnLabels();
    constexpr int kTotal = kApplicantColumns - 1;
    for (const ApplicationTableRow& row : applicationTableRows()) {
        if (row.heading)
            continue;
        for (int column = 0; column < kApplicantColumns; ++column) {
            if (row.parts.isEmpty())
                continue;
            qint64 sum = 0;
            for (const QString& part : row.parts)
                sum += table.value(part, column);
            if (sum != table.value(row.code, column))
                failures.append({ row.label, columns.at(column), table.value(row.code, column), sum,
                    Tr::tr("the sum of the rows under it") });
        }
        qint64 across = 0;
        for (int column = 0; column < kTotal; ++column)
            across += table.value(row.code, column);
        if (across != table.value(row.code, kTotal))
            failures.append({ row.label, columns.at(kTotal), table.value(row.code, kTotal), across,
                Tr::tr("the sum of the six columns before it") });
    }
    for (int column = 0; column < kApplicantColumns; ++column) {
        const qint64 in = table.value(u"received"_s, column) + table.value(u"carried_in"_s, column);
        const qint64 out = table.value(u"total"_s, column) + table.value(u"carried_out"_s, column);
        if (in != out)
            failures.append({ findApplicationTableRow(u"carried_out"_s)->label, columns.at(column), out, in,
                Tr::tr("一 + 二 = （七） + 四 (the received and carried-in against the concluded and carried-out)") });
    }
    return failures;
}

} // namespace ogi
