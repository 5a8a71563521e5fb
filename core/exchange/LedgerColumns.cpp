#include "LedgerColumns.h"

#include "Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::LedgerColumns)
    };

    struct ColumnNames
    {
        LedgerColumn column;
        QStringList names; // canonical first, then the aliases ledgers use
    };

    const QList<ColumnNames>& columnNames()
    {
        static const QList<ColumnNames> names = {
            { LedgerColumn::Number,
                { u"编号"_s, u"申请编号"_s, u"登记编号"_s, u"受理编号"_s, u"案件编号"_s, u"办件编号"_s } },
            { LedgerColumn::Received,
                { u"收到日期"_s, u"收到申请日期"_s, u"收件日期"_s, u"收文日期"_s, u"接收日期"_s, u"申请日期"_s,
                    u"登记日期"_s, u"收到时间"_s } },
            { LedgerColumn::Channel, { u"申请方式"_s, u"申请渠道"_s, u"提交方式"_s, u"申请途径"_s } },
            { LedgerColumn::Applicant,
                { u"申请人"_s, u"申请人姓名"_s, u"申请人名称"_s, u"姓名/名称"_s, u"申请人姓名/名称"_s } },
            { LedgerColumn::ApplicantType, { u"申请人类型"_s, u"申请人类别"_s, u"申请主体类型"_s, u"主体类型"_s } },
            { LedgerColumn::IdNumber,
                { u"证件号码"_s, u"证件号"_s, u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"统一社会信用代码"_s,
                    u"证件号码/统一社会信用代码"_s } },
            { LedgerColumn::Phone, { u"联系电话"_s, u"电话"_s, u"手机"_s, u"手机号码"_s, u"联系方式"_s } },
            { LedgerColumn::Address, { u"联系地址"_s, u"地址"_s, u"通讯地址"_s, u"邮寄地址"_s } },
            { LedgerColumn::Request,
                { u"申请内容"_s, u"申请公开内容"_s, u"申请公开的内容"_s, u"所需信息"_s, u"所需政府信息"_s,
                    u"申请信息内容"_s } },
            { LedgerColumn::State, { u"状态"_s, u"办理状态"_s, u"当前状态"_s } },
            { LedgerColumn::Replied, { u"答复日期"_s, u"答复时间"_s, u"办结日期"_s, u"办结时间"_s } },
            { LedgerColumn::Outcome, { u"办理结果"_s, u"答复结果"_s, u"处理结果"_s, u"答复类型"_s, u"办理情况"_s } },
            { LedgerColumn::Extended, { u"延期"_s, u"是否延期"_s, u"延期答复"_s } },
            { LedgerColumn::Note, { u"备注"_s, u"说明"_s } },
            { LedgerColumn::Kind, { u"申请类别"_s, u"类别"_s, u"申请种类"_s } },
        };
        return names;
    }

    // Headers compared without spaces, line breaks, "*" marks and bracketed remarks
    // ("收到日期\n（必填）" is 收到日期).
    QString headerKey(const QString& text)
    {
        static const QRegularExpression remark(u"[（(][^）)]*[）)]"_s);
        static const QRegularExpression marks(u"[\\s*＊:：]"_s);
        QString key = text;
        key.remove(remark);
        key.remove(marks);
        return key;
    }

    std::optional<LedgerColumn> columnNamed(const QString& name)
    {
        const QString key = headerKey(name);
        for (const ColumnNames& c : columnNames())
            for (const QString& n : c.names)
                if (headerKey(n) == key)
                    return c.column;
        return std::nullopt;
    }

    constexpr int kHeaderSearchRows = 10;
    constexpr int kHeaderMinimumColumns = 3;
} // namespace

const QList<LedgerColumn>& allLedgerColumns()
{
    static const QList<LedgerColumn> columns = [] {
        QList<LedgerColumn> list;
        for (const ColumnNames& c : columnNames())
            list << c.column;
        return list;
    }();
    return columns;
}

QString ledgerColumnName(LedgerColumn column)
{
    for (const ColumnNames& c : columnNames())
        if (c.column == column)
            return c.names.front();
    return {};
}

std::optional<int> LedgerLayout::cellOf(LedgerColumn column) const
{
    const auto found = cells.constFind(column);
    return found == cells.constEnd() ? std::nullopt : std::optional<int>(*found);
}

LedgerLayout findLedgerLayout(const QList<QStringList>& rows, const QHash<QString, QString>& mapping)
{
    QHash<QString, LedgerColumn> mapped;
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        const std::optional<LedgerColumn> target = columnNamed(it.value());
        if (!target)
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("The mapping sends \"%1\" to \"%2\", which is not a ledger column; the columns are %3.")
                    .arg(it.key(), it.value(), [] {
                        QStringList all;
                        for (LedgerColumn c : allLedgerColumns())
                            all << ledgerColumnName(c);
                        return all.join(u"、"_s);
                    }()));
        mapped.insert(headerKey(it.key()), *target);
    }

    // The header row is the first that names enough known columns.
    int best = -1;
    int bestCount = 0;
    QHash<LedgerColumn, int> bestCells;
    QStringList duplicates;
    for (int r = 0; r < std::min<int>(int(rows.size()), kHeaderSearchRows); ++r) {
        QHash<LedgerColumn, int> cells;
        QStringList twice;
        const QStringList& row = rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString key = headerKey(row.at(c));
            if (key.isEmpty())
                continue;
            const std::optional<LedgerColumn> column
                = mapped.contains(key) ? std::optional<LedgerColumn>(mapped.value(key)) : columnNamed(row.at(c));
            if (!column)
                continue;
            if (cells.contains(*column))
                twice << row.at(c).simplified();
            else
                cells.insert(*column, c);
        }
        if (cells.size() >= kHeaderMinimumColumns && cells.size() > bestCount) {
            best = r;
            bestCount = int(cells.size());
            bestCells = cells;
            duplicates = twice;
            break;
        }
    }
    if (best < 0)
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("No header row found in the first %1 rows: a ledger needs at least the columns 收到日期, 申请人 "
                   "and 申请内容 (or a mapping file naming them).")
                .arg(kHeaderSearchRows));
    if (!duplicates.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("Row %1 has two headers for the same column: %2. Remove one or map it with --mapping.")
                .arg(best + 1)
                .arg(duplicates.join(u"、"_s)));
    QStringList missing;
    for (LedgerColumn needed : { LedgerColumn::Received, LedgerColumn::Applicant, LedgerColumn::Request })
        if (!bestCells.contains(needed))
            missing << ledgerColumnName(needed);
    if (!missing.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("The header row (row %1) has no column %2; name it so or map it with --mapping.")
                .arg(best + 1)
                .arg(missing.join(u"、"_s)));
    return { best, bestCells };
}

QHash<QString, QString> readLedgerMapping(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::NotFound, Tr::tr("Cannot read the mapping file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QString name = QFileInfo(path).fileName();
    if (document.isNull())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 is not JSON (at character %2: %3).").arg(name).arg(parseError.offset).arg(parseError.errorString()));
    const QJsonValue columns = document.object().value(u"columns"_s);
    if (!columns.isObject())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("%1 needs an object \"columns\" mapping the ledger's headers to OGI Desk's, e.g. "
                   "{\"columns\": {\"来文日期\": \"收到日期\"}}.")
                .arg(name));
    QHash<QString, QString> mapping;
    const QJsonObject object = columns.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("%1: \"%2\" must map to a column name in quotes.").arg(name, it.key()));
        mapping.insert(it.key(), it.value().toString());
    }
    return mapping;
}

} // namespace ogi
