#pragma once

#include "register/CaseListQuery.h"
#include "storage/Database.h"
#include "users/UserAccount.h"

#include <QDate>
#include <QString>
#include <QStringList>


namespace ogi {

// Which cases a ledger export holds, and whether ID numbers are shown whole.
struct LedgerExportOptions
{
    // The cases a list with this filter shows (`ogi export` sets states and receipt dates,
    // the desktop the filter on screen); deadline statuses as of `asOf` (invalid: today).
    CaseListFilter filter;
    QDate asOf;
    bool unmasked = false; // ID numbers whole: a chief or an administrator, audited
};

// The ledger columns of the import format (编号, 收到日期, 申请方式, 申请人, 申请人类型, 证件号码,
// 联系电话, 联系地址, 申请内容, 状态, 答复日期, 办理结果, 延期, 备注), the deadline columns
// (答复期限, 期限状态: as the list shows them on the export's day — 暂停计时 with no 答复期限
// while a consultation is within its 15 working days) and 申请类别 (政府信息公开申请 or
// 更正申请, whose 办理结果 is its decision and 期限状态 无法定期限), verbatim.
const QStringList& ledgerExportHeader();

// Writes the selected cases, oldest receipt first, to `path`: .csv (UTF-8 with BOM, for Excel
// and WPS) or .xlsx (one sheet 台账, every cell text); returns how many. ID numbers are masked (110101********123X) unless
// `options.unmasked`, which needs `user` to be a chief or an administrator and is audited.
// Throws Error(Refused) for an unmasked export by anyone else, Error(InvalidInput) for another
// extension, Error(NotWritable) naming the file. A cell longer than an .xlsx cell holds
// (32,767 characters) is cut with a visible mark and named in `shortenedCells` ("2026-0001
// 申请内容"), for the caller to say so; the CSV keeps every character.
qint64 exportLedger(const Database& database, const QString& path, const LedgerExportOptions& options,
    const UserAccount* user = nullptr, QStringList* shortenedCells = nullptr);

} // namespace ogi
