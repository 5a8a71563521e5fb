#include "LedgerRow.h"

#include "lifecycle/Outcome.h"
#include "register/ApplicationValidator.h"
#include "validation/CreditCode.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::LedgerImport)
    };

    // Excel counts days from 1899-12-30 (its 1900 leap-year slip included).
    constexpr int kExcelFirstSerial = 32874; // 1990-01-01
    constexpr int kExcelLastSerial = 73051; // 2099-12-31

    template <typename E>
    std::optional<E> parseWord(const QString& text, const QList<std::pair<QStringList, E>>& words)
    {
        for (const auto& [list, value] : words)
            if (list.contains(text))
                return value;
        return std::nullopt;
    }

    std::optional<Channel> parseChannel(const QString& text)
    {
        if (const std::optional<Channel> term = parseTerm(channels(), text))
            return term;
        static const QList<std::pair<QStringList, Channel>> words = {
            { { u"现场"_s, u"窗口"_s, u"当面提交"_s, u"当面申请"_s }, Channel::InPerson },
            { { u"信函"_s, u"邮政"_s, u"邮寄信函"_s, u"挂号信"_s, u"快递"_s }, Channel::Post },
            { { u"网络"_s, u"网上"_s, u"在线"_s, u"网站"_s, u"互联网"_s, u"网上申请"_s, u"政府网站"_s }, Channel::Online },
            { { u"邮件"_s, u"电邮"_s, u"email"_s, u"Email"_s, u"E-mail"_s }, Channel::Email },
        };
        return parseWord(text, words);
    }

    struct ApplicantType
    {
        ApplicantKind kind;
        OrganisationType organisation;
    };

    std::optional<ApplicantType> parseApplicantType(const QString& text)
    {
        if (const std::optional<OrganisationType> type = parseTerm(organisationTypes(), text);
            type && text != u"其他")
            return ApplicantType { ApplicantKind::Organisation, *type };
        if (const std::optional<ApplicantKind> kind = parseTerm(applicantKinds(), text))
            return ApplicantType { *kind, OrganisationType::Other };
        static const QList<std::pair<QStringList, ApplicantType>> words = {
            { { u"公民"_s, u"个人"_s, u"自然人申请"_s }, { ApplicantKind::Person, OrganisationType::Other } },
            { { u"企业"_s, u"公司"_s }, { ApplicantKind::Organisation, OrganisationType::Commercial } },
            { { u"法人"_s, u"组织"_s, u"其他组织"_s, u"其他"_s, u"法人或者其他组织"_s },
                { ApplicantKind::Organisation, OrganisationType::Other } },
            { { u"律师事务所"_s }, { ApplicantKind::Organisation, OrganisationType::LegalService } },
        };
        return parseWord(text, words);
    }

    std::optional<bool> parseYesNo(const QString& text)
    {
        static const QStringList yes { u"是"_s, u"已延期"_s, u"延期"_s, u"Y"_s, u"y"_s, u"yes"_s, u"1"_s, u"√"_s };
        static const QStringList no { u""_s, u"否"_s, u"未延期"_s, u"无"_s, u"N"_s, u"n"_s, u"no"_s, u"0"_s };
        if (yes.contains(text))
            return true;
        if (no.contains(text))
            return false;
        return std::nullopt;
    }

    // What 状态 says about the case: still open (and whether accepted) or concluded.
    enum class LedgerState { Unstated, Registered, Accepted, Concluded };

    LedgerState parseState(const QString& text)
    {
        if (text.isEmpty())
            return LedgerState::Unstated;
        if (const std::optional<CaseState> state = parseCaseState(text))
            return !isOpen(*state) ? LedgerState::Concluded
                : *state == CaseState::Registered ? LedgerState::Registered
                                                  : LedgerState::Accepted;
        static const QStringList concluded { u"已答复"_s, u"答复"_s, u"已办结"_s, u"办结"_s, u"已归档"_s, u"归档"_s,
            u"已终止"_s, u"终止"_s, u"已撤回"_s, u"撤回"_s, u"已完成"_s, u"完成"_s, u"已送达"_s };
        static const QStringList registered { u"登记"_s, u"已登记"_s, u"待受理"_s, u"未受理"_s, u"新申请"_s };
        if (concluded.contains(text))
            return LedgerState::Concluded;
        if (registered.contains(text))
            return LedgerState::Registered;
        return LedgerState::Accepted; // 办理中, 已受理, 审查中 ... : the work has begun
    }

    // "不予公开-保护第三方合法权益", "保护第三方合法权益", "予以公开"; nullopt with `problem` set.
    std::optional<Outcome> parseOutcome(const QString& text, QString& problem)
    {
        static const QRegularExpression separators(u"\\s*[-－—–/／:：、]\\s*"_s);
        static const QRegularExpression numbering(u"^[（(]?[一二三四五六七八九十\\d]+[)）.、]\\s*"_s);
        QString t = text;
        t.remove(numbering);
        if (const std::optional<Outcome> exact = findOutcome(t))
            return exact;
        for (const Outcome& outcome : allOutcomes()) // the sub-row's label alone: each is unique
            if (outcome.legalLabel == t)
                return outcome;
        const qsizetype split = t.indexOf(separators);
        const QString category = split < 0 ? t : t.left(split);
        const QString item = split < 0 ? QString() : t.mid(split).remove(separators);
        for (const Outcome& outcome : allOutcomes()) {
            if (categoryLegalLabel(outcome.category) != category)
                continue;
            if (item.isEmpty() ? outcome.item == 0 : outcome.legalLabel == item || outcome.legalLabel.startsWith(item))
                return outcome;
        }
        QStringList items;
        for (const Outcome& outcome : allOutcomes())
            if (categoryLegalLabel(outcome.category) == category && outcome.item > 0)
                items << category + u'-' + outcome.legalLabel;
        problem = items.isEmpty() || !item.isEmpty()
            ? Tr::tr("unknown result \"%1\"; write the annual report's label, e.g. 予以公开, 部分公开 or "
                     "不予公开-保护第三方合法权益")
                  .arg(text)
            : Tr::tr("\"%1\" needs its reason for the annual report: one of %2").arg(text, items.join(u"、"_s));
        return std::nullopt;
    }

    // Which ledger column a validation problem of the application belongs to.
    QString columnOfField(const QString& field)
    {
        if (field.endsWith(u".id_number") || field.endsWith(u".credit_code"))
            return ledgerColumnName(LedgerColumn::IdNumber);
        if (field.endsWith(u".phone") || field.endsWith(u".email"))
            return ledgerColumnName(LedgerColumn::Phone);
        if (field.endsWith(u".address") || field.endsWith(u".postcode"))
            return ledgerColumnName(LedgerColumn::Address);
        if (field == u"receipt_date" || field == u"submitted_date")
            return ledgerColumnName(LedgerColumn::Received);
        if (field == u"description")
            return ledgerColumnName(LedgerColumn::Request);
        return ledgerColumnName(LedgerColumn::Applicant);
    }
} // namespace

QString LedgerProblem::text() const
{
    return column.isEmpty() ? Tr::tr("row %1: %2").arg(row).arg(message)
                            : Tr::tr("row %1, column %2: %3").arg(row).arg(column, message);
}

QString ledgerCellsHash(const QStringList& cells)
{
    qsizetype used = cells.size();
    while (used > 0 && QStringView(cells.at(used - 1)).trimmed().isEmpty())
        --used;
    // FNV-1a, 64 bits, over the UTF-16 code units of each trimmed cell, each cell followed by
    // U+001F. Stored in import keys: never change it. It only tells apart rows that already
    // share date, applicant and request (their SHA-256 is the key's first part), so 64 bits
    // are plenty — and a SHA-256 of every cell would cost 6 % of an import without 编号.
    quint64 hash = 14695981039346656037ULL;
    const auto mix = [&hash](char16_t unit) {
        hash ^= unit;
        hash *= 1099511628211ULL;
    };
    for (qsizetype i = 0; i < used; ++i) {
        for (const QChar c : QStringView(cells.at(i)).trimmed())
            mix(c.unicode());
        mix(0x1f);
    }
    return QString::number(hash, 16).rightJustified(16, u'0');
}

bool isBlankLedgerRow(const QStringList& cells)
{
    for (const QString& cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

QDate parseLedgerDate(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression ymd(
        u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    if (const QRegularExpressionMatch m = ymd.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    bool number = false;
    const double serial = text.toDouble(&number);
    if (number && serial >= kExcelFirstSerial && serial <= kExcelLastSerial)
        return QDate(1899, 12, 30).addDays(static_cast<qint64>(serial));
    return {};
}

ParsedLedgerRow parseLedgerRow(const QStringList& cells, int rowNumber, const LedgerLayout& layout, const QDate& today)
{
    ParsedLedgerRow parsed;
    auto cell = [&](LedgerColumn column) {
        const std::optional<int> index = layout.cellOf(column);
        return index && *index < cells.size() ? cells.at(*index).trimmed() : QString();
    };
    auto problem = [&](LedgerColumn column, const QString& message) {
        parsed.problems.append({ rowNumber, ledgerColumnName(column), message });
    };
    auto date = [&](LedgerColumn column) {
        const QString text = cell(column);
        const QDate d = parseLedgerDate(text);
        if (!text.isEmpty() && !d.isValid())
            problem(column, Tr::tr("not a date: \"%1\" (write it as 2025-06-10)").arg(text));
        return d;
    };

    LedgerEntry e;
    e.row = rowNumber;
    e.ledgerNumber = cell(LedgerColumn::Number);
    Application& app = e.application;
    app.receiptDate = date(LedgerColumn::Received);
    app.submittedDate = app.receiptDate;
    e.replied = date(LedgerColumn::Replied);

    const QString channelText = cell(LedgerColumn::Channel);
    if (channelText.isEmpty())
        app.channel = Channel::InPerson;
    else if (const std::optional<Channel> channel = parseChannel(channelText))
        app.channel = *channel;
    else
        problem(LedgerColumn::Channel,
            Tr::tr("unknown way of applying \"%1\" (当面, 邮寄, 平常信函, 网络平台, 电子邮件, 传真)").arg(channelText));

    Applicant applicant;
    applicant.name = cell(LedgerColumn::Applicant);
    const QString idText = cell(LedgerColumn::IdNumber).toUpper().remove(u' ');
    const QString typeText = cell(LedgerColumn::ApplicantType);
    std::optional<ApplicantType> type;
    if (typeText.isEmpty()) // an unstated type follows the number: a valid credit code is an organisation
        type = idText.size() == 18 && checkCreditCode(idText) == CreditCodeProblem::None
            ? ApplicantType { ApplicantKind::Organisation, OrganisationType::Other }
            : ApplicantType { ApplicantKind::Person, OrganisationType::Other };
    else if (!(type = parseApplicantType(typeText)))
        problem(LedgerColumn::ApplicantType,
            Tr::tr("unknown applicant type \"%1\" (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他)")
                .arg(typeText));
    if (type) {
        applicant.kind = type->kind;
        applicant.organisationType = type->organisation;
    }
    (applicant.kind == ApplicantKind::Person ? applicant.idNumber : applicant.creditCode) = idText;
    applicant.phone = cell(LedgerColumn::Phone);
    applicant.address = cell(LedgerColumn::Address);
    app.applicants << applicant;
    app.description = cell(LedgerColumn::Request);
    app.note = cell(LedgerColumn::Note);
    app.requestedForm = RequestedForm::Paper;
    app.deliveryWay = applicant.address.isEmpty() ? DeliveryWay::Pickup : DeliveryWay::Post;

    const QString kindText = cell(LedgerColumn::Kind);
    if (kindText == u"更正申请"_s || kindText == u"更正"_s)
        app.kind = CaseKind::Correction;
    else if (!kindText.isEmpty() && kindText != u"政府信息公开申请"_s && kindText != u"信息公开申请"_s
        && kindText != u"公开申请"_s)
        problem(
            LedgerColumn::Kind, Tr::tr("unknown kind of request \"%1\" (政府信息公开申请, 更正申请)").arg(kindText));
    const bool correction = app.kind == CaseKind::Correction;
    if (correction)
        app.requestedForm.reset(); // a correction asks for a record to be put right, not for a copy

    const QString extendedText = cell(LedgerColumn::Extended);
    if (const std::optional<bool> extended = parseYesNo(extendedText))
        e.extended = *extended;
    else
        problem(LedgerColumn::Extended, Tr::tr("write 是 or 否, not \"%1\"").arg(extendedText));
    if (correction && e.extended)
        problem(LedgerColumn::Extended, Tr::tr("a 更正申请 has no reply period to extend (Art. 41 sets none)"));

    const LedgerState state = parseState(cell(LedgerColumn::State));
    const bool concluded = e.replied.isValid();
    if (concluded) {
        if (state == LedgerState::Registered || state == LedgerState::Accepted)
            problem(LedgerColumn::State,
                Tr::tr("says \"%1\" (still open) but the row has a 答复日期").arg(cell(LedgerColumn::State)));
        if (e.replied > today)
            problem(LedgerColumn::Replied, Tr::tr("%1 is in the future").arg(e.replied.toString(Qt::ISODate)));
        if (app.receiptDate.isValid() && e.replied < app.receiptDate)
            problem(LedgerColumn::Replied,
                Tr::tr("the reply (%1) is before the application was received (%2)")
                    .arg(e.replied.toString(Qt::ISODate), app.receiptDate.toString(Qt::ISODate)));
        const QString outcomeText = cell(LedgerColumn::Outcome);
        QString outcomeProblem;
        if (correction)
            // Its decision (予以更正, 转送 …) is no 办理结果 of the annual report: it is made by
            // the verify and decision steps, which a ledger row does not carry.
            problem(LedgerColumn::Kind,
                Tr::tr("an answered 更正申请 is not imported: register it as a correction request and "
                       "record its finding and decision, or leave the row out"));
        else if (outcomeText.isEmpty())
            problem(LedgerColumn::Outcome, Tr::tr("a row with a 答复日期 needs the result (办理结果)"));
        else if (const std::optional<Outcome> outcome = parseOutcome(outcomeText, outcomeProblem))
            e.outcome = outcome->code;
        else
            problem(LedgerColumn::Outcome, outcomeProblem);
    } else if (cell(LedgerColumn::Replied).isEmpty()) {
        if (state == LedgerState::Concluded)
            problem(LedgerColumn::Replied,
                Tr::tr("状态 says \"%1\"; give the day of the reply").arg(cell(LedgerColumn::State)));
        e.accepted = state == LedgerState::Accepted || e.extended;
    }

    // A ledger row names who applied and for what: without them it is no row anyone can act
    // on, nor found again by a second import. What else Art. 29 asks for may be missing: an
    // open case is then marked with it, as a registration is (missingElements); an answered
    // one is not (old ledgers did not keep the ID number and contact details).
    if (applicant.name.isEmpty())
        problem(LedgerColumn::Applicant, Tr::tr("required"));
    if (app.description.isEmpty())
        problem(LedgerColumn::Request, Tr::tr("required"));
    for (const FieldIssue& issue : validateApplication(app, today)) {
        const QString column = columnOfField(issue.field);
        // One message per cell: a date already called unreadable is not "required" too, and
        // the submission date the ledger does not have is the receipt date.
        const bool cellNamed = std::any_of(parsed.problems.cbegin(), parsed.problems.cend(),
            [&](const LedgerProblem& p) { return p.column == column; });
        if (!cellNamed)
            parsed.problems.append({ rowNumber, column, issue.message });
    }

    if (!parsed.problems.isEmpty())
        return parsed;
    if (e.ledgerNumber.isEmpty()) {
        e.identity = u"row:"_s
            + QString::fromLatin1(QCryptographicHash::hash(
                (app.receiptDate.toString(Qt::ISODate) + u'\x1f' + applicant.name + u'\x1f' + app.description)
                    .toUtf8(),
                QCryptographicHash::Sha256)
                                      .toHex());
        e.cellsHash = ledgerCellsHash(cells);
    } else {
        e.identity = u"no:"_s + e.ledgerNumber;
    }
    parsed.entry = std::move(e);
    return parsed;
}

} // namespace ogi
