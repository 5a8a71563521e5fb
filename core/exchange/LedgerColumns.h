#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ogi {

// The columns of a ledger (台账) as OGI Desk imports and exports them.
enum class LedgerColumn
{
    Number, // 编号: the ledger's own number, kept with the case and used to skip re-imports
    Received, // 收到日期
    Channel, // 申请方式
    Applicant, // 申请人
    ApplicantType, // 申请人类型
    IdNumber, // 证件号码: resident ID number or 统一社会信用代码
    Phone, // 联系电话
    Address, // 联系地址
    Request, // 申请内容
    State, // 状态
    Replied, // 答复日期
    Outcome, // 办理结果
    Extended, // 延期
    Note, // 备注
    // 申请类别: 政府信息公开申请 (also when blank or absent) or 更正申请, a request to correct a
    // record (Art. 41), which has no statutory period and no row in section 三.
    Kind,
};

const QList<LedgerColumn>& allLedgerColumns();

// The canonical header, verbatim ("收到日期").
QString ledgerColumnName(LedgerColumn column);

// Where each column sits in a sheet: the row (0-based) holding the headers and the cell
// index of every column found.
struct LedgerLayout
{
    int headerRow = 0;
    QHash<LedgerColumn, int> cells;

    std::optional<int> cellOf(LedgerColumn column) const;
};

// Finds the header row among the first rows of a sheet (a title line above it is common)
// and the column of each header: the canonical name, a usual alias (收件日期, 申请人姓名,
// 身份证号码 ...; spaces, line breaks and full-width brackets ignored) or, first, the ledger's
// own header as `mapping` maps it to a canonical name ({"来文日期": "收到日期"}). Throws
// Error(InvalidInput) naming what is missing: 收到日期, 申请人 and 申请内容 are needed; a
// mapping to an unknown column; two headers for one column.
LedgerLayout findLedgerLayout(const QList<QStringList>& rows, const QHash<QString, QString>& mapping = {});

// Reads a mapping file: {"columns": {"ledger header": "canonical header", ...}}. Throws
// Error(InvalidInput) naming the file and the problem.
QHash<QString, QString> readLedgerMapping(const QString& path);

} // namespace ogi
