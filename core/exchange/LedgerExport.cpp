#include "LedgerExport.h"

#include "Error.h"
#include "SavedFile.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "deadline/CalendarRepository.h"
#include "deadline/ReplyDeadlineStore.h"
#include "exchange/CsvText.h"
#include "exchange/XlsxWorkbook.h"
#include "lifecycle/CaseKind.h"
#include "lifecycle/CorrectionVocabulary.h"
#include "lifecycle/Outcome.h"
#include "register/IdentityMasking.h"
#include "register/Vocabulary.h"
#include "storage/WriteTransaction.h"
#include "storage/exchange/LedgerExportRows.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <xlsxwriter.h>

#include <iterator>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::LedgerExport)
    };

    template <typename E>
    QString chineseOf(const QList<Term<E>>& terms, const QString& code)
    {
        const std::optional<E> value = parseTerm(terms, code);
        return value ? QString::fromUtf8(termOf(terms, *value).chinese) : code;
    }

    // "不予公开-保护第三方合法权益", or the category alone for 予以公开 / 部分公开.
    QString outcomeText(const QString& code)
    {
        const std::optional<Outcome> outcome = findOutcome(code);
        if (!outcome)
            return {};
        const QString category = categoryLegalLabel(outcome->category);
        return outcome->item == 0 ? category : category + u'-' + outcome->legalLabel;
    }

    // 期限状态 as the register list shows it on `asOf` (replyStatusAsOf): a running clock whose
    // consultation is still within the consulted side's 15 working days (Art. 32, 34) is
    // stopped, and its due date not known yet.
    struct ClockCells
    {
        QString due;
        QString state;
    };
    ClockCells clockCells(const QString& clock, const QDate& due, const QDate& pausedUntil, const QDate& asOf,
        const WorkingCalendar& calendar)
    {
        static const QMap<QString, QString> names { { u"running"_s, u"计时中"_s }, { u"paused"_s, u"暂停计时"_s },
            { u"met_on_time"_s, u"按期答复"_s }, { u"met_late"_s, u"逾期答复"_s }, { u"closed"_s, u"已终止"_s } };
        const std::optional<ReplyClock> stored = parseReplyClock(clock);
        if (stored == ReplyClock::Running
            && replyStatusAsOf({ *stored, due, pausedUntil }, asOf, calendar).status == DeadlineStatus::Paused)
            return { {}, names.value(u"paused"_s) };
        return { isoDate(due), names.value(clock) };
    }

    void writeCsv(const QString& path, const QList<QStringList>& rows)
    {
        QString csv = csvLine(ledgerExportHeader());
        for (const QStringList& row : rows)
            csv += csvLine(row);
        saveFile(path, csvFileBytes(csv));
    }

    // The sheet offices open in Excel or WPS: the header fixed above the rows, every cell
    // text (a case number or an ID number must not turn into a number).
    void writeXlsx(const QString& path, const QList<QStringList>& rows, QStringList* shortened)
    {
        XlsxWorkbook book(path);
        lxw_worksheet* sheet = book.sheet(u"台账"_s);
        const QStringList& header = ledgerExportHeader();
        static const double widths[] = { 11, 11, 9, 16, 12, 20, 14, 24, 40, 9, 11, 28, 6, 16, 11, 10, 16 };
        for (int c = 0; c < header.size(); ++c) {
            book.header(sheet, 0, c, header.at(c));
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < int(std::size(widths)) ? widths[c] : 12, nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 1);
        for (int r = 0; r < rows.size(); ++r)
            for (int c = 0; c < rows.at(r).size(); ++c)
                if (book.text(sheet, r + 1, c, rows.at(r).at(c)) && shortened)
                    *shortened << rows.at(r).at(0) + u' ' + header.value(c);
        book.close();
    }
} // namespace

const QStringList& ledgerExportHeader()
{
    static const QStringList header { u"编号"_s, u"收到日期"_s, u"申请方式"_s, u"申请人"_s, u"申请人类型"_s,
        u"证件号码"_s, u"联系电话"_s, u"联系地址"_s, u"申请内容"_s, u"状态"_s, u"答复日期"_s, u"办理结果"_s, u"延期"_s,
        u"备注"_s, u"答复期限"_s, u"期限状态"_s, u"申请类别"_s };
    return header;
}

qint64 exportLedger(const Database& database, const QString& path, const LedgerExportOptions& options,
    const UserAccount* user, QStringList* shortenedCells)
{
    if (shortenedCells)
        shortenedCells->clear();
    const bool xlsx = path.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (!xlsx && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        throw Error(ErrorCode::InvalidInput, Tr::tr("The ledger is exported as .csv or .xlsx, not \"%1\".").arg(path));
    if (options.unmasked) {
        if (!user)
            throw Error(ErrorCode::Refused,
                Tr::tr("ID numbers are exported whole only for a signed-in chief or administrator."));
        requireRole(*user, user->holds(Role::Administrator) ? Role::Administrator : Role::Chief,
            Tr::tr("Exporting whole ID numbers"));
    }
    // The list's own condition picks the cases; the export reads their ledger columns.
    const QDate asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    const WorkingCalendar calendar = loadOfficeCalendar(database.connection());
    const SqlCondition shown
        = caseListCondition(database, options.filter, { CaseListColumn::ReceiptDate, false }, asOf, calendar);
    QList<QStringList> rows;
    for (const LedgerExportRow& r : ledgerExportRows(database.connection(), shown.sql, shown.values)) {
        const bool correction = r.kind == u"correction"_s;
        // A correction request has no statutory period (Art. 41) and no 办理结果 of the
        // annual report: its decision stands in that column.
        const ClockCells clock = correction ? ClockCells { {}, u"无法定期限"_s }
                                            : clockCells(r.clock, r.due, r.pausedUntil, asOf, calendar);
        const bool person = r.applicantKind == u"person";
        const QString type = person ? u"自然人"_s : chineseOf(organisationTypes(), r.organisationType);
        const std::optional<CaseState> state = parseCaseState(r.state);
        const QStringList row { r.caseNumber, isoDate(r.receipt), chineseOf(channels(), r.channel), r.applicantName,
            type, options.unmasked || !person ? r.idNumber : maskIdentityNumber(r.idNumber), r.phone, r.address,
            r.description, state ? caseStateTerm(*state) : QString(), isoDate(r.concluded),
            correction ? correctionDecisionLegalName(r.correctionDecision) : outcomeText(r.outcome),
            r.extended ? u"是"_s : u"否"_s, r.note, clock.due, clock.state,
            QString::fromUtf8(termOf(caseKinds(), correction ? CaseKind::Correction : CaseKind::Disclosure).chinese) };
        rows << row;
    }
    const qint64 count = rows.size();

    // Audited before the file exists: whole ID numbers never leave unrecorded.
    if (options.unmasked) {
        const QSqlDatabase db = database.connection();
        WriteTransaction transaction(db);
        AuditLog::append(db,
            { user->login, u"register.export_unmasked"_s, path,
                auditDetails({ { u"cases"_s, count }, { u"file"_s, path } }) },
            QDateTime::currentDateTimeUtc());
        transaction.commit();
    }
    if (xlsx)
        writeXlsx(path, rows, shortenedCells);
    else
        writeCsv(path, rows);
    return count;
}

} // namespace ogi
