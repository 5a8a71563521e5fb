#include "NoticeStore.h"

#include "Error.h"
#include "Sha256.h"
#include "Timestamps.h"
#include "audit/AuditLog.h"
#include "audit/RowDigest.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/ReplyType.h"
#include "notices/NoticeFacts.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "register/CaseRepository.h"
#include "settings/DocumentNumberPattern.h"
#include "storage/WriteTransaction.h"
#include "storage/notices/NoticeRows.h"
#include "users/RoleCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::NoticeStore)
    };

    const NoticeType& typeOf(const QString& code)
    {
        const NoticeType* type = findNoticeType(code);
        if (!type) {
            QStringList codes;
            for (const NoticeType& t : noticeTypes())
                codes << QLatin1String(t.code);
            throw Error(ErrorCode::NotFound,
                Tr::tr("There is no notice type \"%1\"; the types are: %2.").arg(code, codes.join(u", ")));
        }
        return *type;
    }

    // The editable parts the template has, with what the clerk wrote (or the default). A
    // part the template does not have is refused, not ignored: a misspelt --set would
    // otherwise leave the letter without what was meant for it.
    QMap<QString, QString> editsFor(const QString& composed, const QString& typeCode,
        const QMap<QString, QString>& given, const NoticeContext& context)
    {
        const QMap<QString, QString> defaults = defaultNoticeEdits(context);
        QMap<QString, QString> edits;
        QStringList parts;
        for (const TemplateField& field : templateFields(composed))
            if (field.editable) {
                edits.insert(field.name,
                    given.contains(field.name) ? given.value(field.name).trimmed() : defaults.value(field.name));
                parts << u"%1 (%2)"_s.arg(field.name, field.label);
            }
        QList<FieldIssue> unknown;
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            if (!edits.contains(it.key()))
                unknown.append({ it.key(), Tr::tr("\"%1\" is not a part of this notice.").arg(it.key()) });
        if (!unknown.isEmpty())
            throw Error(ErrorCode::InvalidInput,
                parts.isEmpty()
                    ? Tr::tr("The notice \"%1\" has no parts to write; \"%2\" is not one.")
                          .arg(typeCode, unknown.front().field)
                    : Tr::tr("\"%1\" is not a part of the notice \"%2\"; its parts are: %3.")
                          .arg(unknown.front().field, typeCode, parts.join(u"; ")),
                unknown);
        return edits;
    }

    IssuedNotice noticeOf(const NoticeRow& row)
    {
        IssuedNotice n;
        n.id = row.id;
        n.caseId = row.caseId;
        n.caseNumber = row.caseNumber;
        n.type = row.type;
        n.number = row.number;
        n.issuedOn = row.issuedOn;
        n.issuedBy = row.issuedBy;
        n.issuedAt = row.issuedAt;
        n.html = row.html;
        n.sha256 = row.sha256;
        n.templateSha256 = row.templateSha256;
        n.edits = QJsonDocument::fromJson(row.edits.toUtf8()).object();
        n.voided = row.voided;
        n.voidReason = row.voidReason;
        n.voidedBy = row.voidedBy;
        n.voidedAt = row.voidedAt;
        n.intact = sha256Hex(n.html.toUtf8()) == n.sha256;
        return n;
    }

    std::optional<IssuedNotice> noticeOf(const std::optional<NoticeRow>& row)
    {
        return row ? std::optional<IssuedNotice>(noticeOf(*row)) : std::nullopt;
    }

    // What the timeline's issue_notice / void_notice step says of the notice (WorkflowFacts reads it).
    QJsonObject noticeEventDetails(const NoticeType& type, const QString& number, qint64 noticeId)
    {
        return { { u"notice_type"_s, QLatin1String(type.code) }, { u"title"_s, QString::fromUtf8(type.title) },
            { u"notice"_s, number }, { u"notice_id"_s, noticeId } };
    }

    struct Draft
    {
        const NoticeType* type = nullptr;
        NoticeContext context;
        QString composed;
        QMap<QString, QString> edits;
    };
} // namespace

NoticeStore::NoticeStore(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

namespace {
    // `context`: the case as loadNoticeContext() reads it (previewDraftedReply() passes its draft as signed off).
    Draft prepare(const Database& database, const Clock& clock, const QString& caseNumber, const QString& typeCode,
        const QMap<QString, QString>& edits, const QDate& issueDate, std::optional<NoticeContext> context = {})
    {
        Draft draft;
        draft.type = &typeOf(typeCode);
        draft.context = context ? std::move(*context) : loadNoticeContext(database, caseNumber);
        if (const QString problem = noticePrerequisiteProblem(*draft.type, draft.context); !problem.isEmpty())
            throw Error(ErrorCode::Refused,
                Tr::tr("Case %1 cannot have a \"%2\" yet: %3").arg(caseNumber, noticeTypeName(*draft.type), problem));
        const QDate receipt = draft.context.record.application.receiptDate;
        if (!issueDate.isValid() || issueDate > clock.today() || (receipt.isValid() && issueDate < receipt))
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("A notice of case %1 is dated between its receipt (%2) and today (%3), not %4.")
                    .arg(caseNumber, isoDate(receipt), isoDate(clock.today()), isoDate(issueDate)),
                { { u"date"_s, Tr::tr("The date of issue must not be in the future or before the receipt.") } });
        // The notice becomes a step of the timeline, whose dates never go back.
        const QList<CaseEvent>& events = draft.context.events;
        if (!events.isEmpty() && issueDate < events.back().eventDate)
            throw Error(ErrorCode::InvalidInput,
                Tr::tr("A notice of case %1 cannot be dated %2, before the case's last step \"%3\" on %4.")
                    .arg(caseNumber, isoDate(issueDate), actionDisplayName(events.back().action),
                        isoDate(events.back().eventDate)),
                { { u"date"_s, Tr::tr("The date of issue must not be before the case's last step.") } });
        draft.composed = NoticeTemplates(database, clock).composed(QLatin1String(draft.type->code));
        draft.edits = editsFor(draft.composed, typeCode, edits, draft.context);
        return draft;
    }

    QString render(const Database& database, const Draft& draft, const QDate& issueDate, const QString& number)
    {
        return renderTemplate(
            draft.composed, noticeFacts(database, draft.context, issueDate, number), draft.edits, noticeFactLabels());
    }
} // namespace

QString NoticeStore::preview(const QString& caseNumber, const QString& typeCode, const QMap<QString, QString>& edits,
    const QDate& issueDate) const
{
    const Draft draft = prepare(m_database, m_clock, caseNumber, typeCode, edits, issueDate);
    return render(m_database, draft, issueDate, Tr::tr("(numbered when issued)"));
}

QString NoticeStore::previewDraftedReply(const QString& caseNumber, const QDate& issueDate) const
{
    NoticeContext context = loadNoticeContext(m_database, caseNumber);
    WorkflowFacts& f = context.facts;
    if (!f.hasCurrentDraft())
        throw Error(ErrorCode::Refused, Tr::tr("Case %1 has no draft reply to show.").arg(caseNumber));
    const NoticeType* type = nullptr;
    if (context.record.application.kind == CaseKind::Correction) {
        type = correctionReplyNoticeType(f.draft.value(u"decision"_s).toString());
    } else if (const std::optional<ReplyType> reply
        = parseTerm(replyTypes(), f.draft.value(u"reply_type"_s).toString())) {
        type = &replyNoticeType(*reply);
    }
    if (!type)
        throw Error(ErrorCode::Refused, Tr::tr("The draft of case %1 names no reply notice.").arg(caseNumber));
    // As it will read once signed off: the only prerequisite the draft lacks yet is the sign-off.
    f.signOffSeq = std::max(f.signOffSeq, f.draftSeq + 1);
    Draft draft = prepare(m_database, m_clock, caseNumber, QLatin1String(type->code), {}, issueDate, context);
    // A part the clerk writes when issuing shows as 【its label】 where it will stand.
    for (const TemplateField& field : templateFields(draft.composed))
        if (field.editable && !field.optional && draft.edits.value(field.name).trimmed().isEmpty())
            draft.edits.insert(field.name, u"【%1】"_s.arg(field.label));
    return render(m_database, draft, issueDate, Tr::tr("(numbered when issued)"));
}

IssuedNotice NoticeStore::issue(const QString& caseNumber, const QString& typeCode, const QMap<QString, QString>& edits,
    const QDate& issueDate, const UserAccount& user)
{
    requireRole(user, user.holds(Role::Chief) ? Role::Chief : Role::Clerk, Tr::tr("Issuing a notice"));
    const Draft draft = prepare(m_database, m_clock, caseNumber, typeCode, edits, issueDate);
    const OfficeSettings::AgencyProfile& agency = draft.context.agency;
    if (agency.documentNumberPattern.isEmpty())
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("Notices cannot be numbered yet: the administrator sets the document number pattern in Settings."),
            { { u"document_number_pattern"_s, Tr::tr("The document number pattern is not set.") } });
    // Every missing value is reported before a number is taken.
    render(m_database, draft, issueDate, Tr::tr("(numbered when issued)"));

    const QSqlDatabase db = m_database.connection();
    const QString scope = agency.numberPerType ? QString::fromUtf8(draft.type->sequenceGroup) : u"*"_s;
    const int year = issueDate.year();
    WriteTransaction transaction(db);
    qint64 seq = lastNoticeSeq(db, scope, year);
    QString number;
    // A pattern changed during the year may give a number already used: skip it, never reuse.
    do {
        ++seq;
        number = formatDocumentNumber(
            agency.documentNumberPattern, year, seq, QString::fromUtf8(draft.type->sequenceGroup));
    } while (noticeNumberTaken(db, number));

    const QString html = render(m_database, draft, issueDate, number);
    const QString sha = sha256Hex(html.toUtf8());
    QJsonObject editsJson;
    for (auto it = draft.edits.cbegin(); it != draft.edits.cend(); ++it)
        editsJson.insert(it.key(), it.value());
    const QDateTime now = m_clock.now();
    NoticeRow row;
    row.caseId = draft.context.record.id;
    row.type = QLatin1String(draft.type->code);
    row.sequenceScope = scope;
    row.year = year;
    row.seq = seq;
    row.number = number;
    row.issuedOn = issueDate;
    row.issuedBy = user.login;
    row.issuedAt = now;
    row.html = html;
    row.sha256 = sha;
    row.templateSha256 = sha256Hex(draft.composed.toUtf8());
    row.edits = QString::fromUtf8(QJsonDocument(editsJson).toJson(QJsonDocument::Compact));
    const qint64 noticeId = insertNoticeRow(db, row);
    AuditLog::append(db,
        { user.login, u"notice.issue"_s, caseNumber,
            auditDetails({ { u"type"_s, QLatin1String(draft.type->code) }, { u"number"_s, number },
                { u"issued_on"_s, isoDate(issueDate) }, { u"sha256"_s, sha }, { u"notice_id"_s, noticeId },
                { u"notice_sha256"_s, noticeDigest(db, noticeId) } }) },
        now);
    CaseRepository(m_database, m_clock)
        .recordEvent(caseNumber, u"issue_notice"_s, issueDate, user.login, {}, {},
            noticeEventDetails(*draft.type, number, noticeId));
    transaction.commit();
    return *findByNumber(number);
}

void NoticeStore::voidNotice(qint64 noticeId, const QString& reason, const UserAccount& user)
{
    requireRole(user, user.holds(Role::Chief) ? Role::Chief : Role::Clerk, Tr::tr("Voiding a notice"));
    const std::optional<IssuedNotice> notice = find(noticeId);
    if (!notice)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no notice %1.").arg(noticeId));
    if (reason.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Say why %1 is voided.").arg(notice->number),
            { { u"reason"_s, Tr::tr("A reason is required.") } });
    if (notice->voided)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 was already voided on %2.").arg(notice->number, isoDate(notice->voidedAt.date())));
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    WriteTransaction transaction(db);
    insertNoticeVoid(db, noticeId, reason.trimmed(), user.login, now);
    AuditLog::append(db,
        { user.login, u"notice.void"_s, notice->caseNumber,
            auditDetails({ { u"number"_s, notice->number }, { u"reason"_s, reason.trimmed() } }) },
        now);
    QJsonObject details = noticeEventDetails(typeOf(notice->type), notice->number, noticeId);
    details.insert(u"reason"_s, reason.trimmed());
    CaseRepository(m_database, m_clock)
        .recordEvent(notice->caseNumber, u"void_notice"_s, m_clock.today(), user.login, {}, {}, details);
    transaction.commit();
}

QList<IssuedNotice> NoticeStore::list(qint64 caseId) const
{
    QList<IssuedNotice> notices;
    for (const NoticeRow& row : noticeRowsOfCase(m_database.connection(), caseId))
        notices << noticeOf(row);
    return notices;
}

std::optional<IssuedNotice> NoticeStore::find(qint64 noticeId) const
{
    return noticeOf(noticeRowById(m_database.connection(), noticeId));
}

std::optional<IssuedNotice> NoticeStore::findByNumber(const QString& number) const
{
    return noticeOf(noticeRowByNumber(m_database.connection(), number));
}

QString NoticeStore::envelope(const QString& caseNumber) const
{
    const NoticeContext context = loadNoticeContext(m_database, caseNumber);
    const QString composed = NoticeTemplates(m_database, m_clock).composed(QLatin1String(kEnvelopeTemplate));
    return renderTemplate(
        composed, noticeFacts(m_database, context, m_clock.today(), QString()), {}, noticeFactLabels());
}

QString NoticeStore::serviceProof(qint64 noticeId) const
{
    const std::optional<IssuedNotice> notice = find(noticeId);
    if (!notice)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no notice %1.").arg(noticeId));
    if (notice->voided)
        throw Error(ErrorCode::Refused,
            Tr::tr("%1 was voided on %2 (%3): it is not served.")
                .arg(notice->number, isoDate(notice->voidedAt.date()), notice->voidReason));
    if (!notice->intact)
        throw Error(ErrorCode::Refused,
            Tr::tr("The stored text of %1 is no longer the one issued (its SHA-256 differs): it is not served.")
                .arg(notice->number));
    const NoticeContext context = loadNoticeContext(m_database, notice->caseNumber);
    QMap<QString, QString> facts = noticeFacts(m_database, context, m_clock.today(), QString());
    const NoticeType* type = findNoticeType(notice->type);
    facts.insert(u"notice_title"_s, type ? QString::fromUtf8(type->title) : notice->type);
    facts.insert(u"notice_number"_s, notice->number);
    // Letters to a consulted party or a third party are served on them, not on the applicant.
    QString addressee = facts.value(u"applicant_name"_s);
    if (type && (type->prerequisite == NoticePrerequisite::ThirdPartyConsulted
            || type->prerequisite == NoticePrerequisite::AgencyConsulted))
        addressee = facts.value(u"consult_party"_s);
    else if (type && type->prerequisite == NoticePrerequisite::DisclosureOverObjection)
        addressee = facts.value(u"third_party"_s);
    facts.insert(u"notice_addressee"_s, addressee);
    const QString composed = NoticeTemplates(m_database, m_clock).composed(QLatin1String(kServiceProofTemplate));
    return renderTemplate(composed, facts, {}, noticeFactLabels());
}

QStringList verifyNotices(const Database& database)
{
    QStringList problems;
    forEachNoticeRow(database.connection(), [&](const NoticeRow& row) {
        if (sha256Hex(row.html.toUtf8()) != row.sha256)
            problems << Tr::tr("Case %1: the stored notice %2 is no longer the one issued (its SHA-256 differs).")
                            .arg(row.caseNumber, row.number);
    });
    return problems;
}

} // namespace ogi
