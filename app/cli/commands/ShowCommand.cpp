#include "../Commands.h"
#include "../RepeatHintsOutput.h"

#include "Clock.h"
#include "Error.h"
#include "Timestamps.h"
#include "attachments/AttachmentStore.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/CorrectionVocabulary.h"
#include "lifecycle/Outcome.h"
#include "register/ApplicationJson.h"
#include "register/ApplicationParties.h"
#include "register/CaseDeadline.h"
#include "register/CaseRepository.h"
#include "register/IdentityMasking.h"
#include "register/ReceiptDateRule.h"
#include "remedies/CaseRemedyWindows.h"
#include "remedies/RemedyStore.h"
#include "validation/TextFieldCheck.h"
#include "workflow/EventDetailsText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ogi::cli {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::cli::ShowCommand)
    };

    void printApplicant(QTextStream& out, const Applicant& a)
    {
        out << (a.representative ? Tr::tr("Applicant: %1 (%2), representative of the applicants")
                                 : Tr::tr("Applicant: %1 (%2)"))
                   .arg(a.name, displayName(applicantKinds(), a.kind))
            << Qt::endl;
        // A number not given is listed under what the application lacks, not as a blank here.
        if (a.kind == ApplicantKind::Person) {
            if (!a.idNumber.isEmpty())
                out << Tr::tr("  ID: %1 %2")
                           .arg(displayName(idDocumentTypes(), a.idType), maskIdentityNumber(a.idNumber))
                    << Qt::endl;
        } else {
            out << Tr::tr("  Organisation type: %1").arg(displayName(organisationTypes(), a.organisationType))
                << Qt::endl;
            if (!a.creditCode.isEmpty())
                out << Tr::tr("  Unified social credit code: %1").arg(a.creditCode) << Qt::endl;
            if (!a.legalRepresentative.isEmpty())
                out << Tr::tr("  Legal representative: %1").arg(a.legalRepresentative) << Qt::endl;
            if (!a.contactPerson.isEmpty())
                out << Tr::tr("  Contact person: %1").arg(a.contactPerson) << Qt::endl;
        }
        if (!a.phone.isEmpty())
            out << Tr::tr("  Phone: %1").arg(a.phone) << Qt::endl;
        if (!a.email.isEmpty())
            out << Tr::tr("  Email: %1").arg(a.email) << Qt::endl;
        if (!a.address.isEmpty())
            out << Tr::tr("  Address: %1 %2").arg(a.address, a.postcode) << Qt::endl;
    }

    // The authorised agent, the ID number masked, and whether the 委托书 is on file.
    void printAgent(QTextStream& out, const Database& database, const CaseRecord& record)
    {
        if (!record.application.agent)
            return;
        const Agent& a = *record.application.agent;
        out << Tr::tr("Authorised agent: %1").arg(a.name) << Qt::endl;
        if (!a.idNumber.isEmpty())
            out << Tr::tr("  ID: %1 %2").arg(displayName(idDocumentTypes(), a.idType), maskIdentityNumber(a.idNumber))
                << Qt::endl;
        if (!a.phone.isEmpty())
            out << Tr::tr("  Phone: %1").arg(a.phone) << Qt::endl;
        if (!a.email.isEmpty())
            out << Tr::tr("  Email: %1").arg(a.email) << Qt::endl;
        if (!a.address.isEmpty())
            out << Tr::tr("  Address: %1 %2").arg(a.address, a.postcode) << Qt::endl;
        bool authorisation = false;
        for (const Attachment& attachment : AttachmentStore(database).list(record.id))
            authorisation = authorisation || attachment.kind == AttachmentKind::Authorisation;
        out << (authorisation
                ? Tr::tr("  Letter of authorisation (委托书): attached")
                : Tr::tr("  Letter of authorisation (委托书): not attached yet (ogi attach %1 FILE --kind "
                         "authorisation)")
                      .arg(record.caseNumber))
            << Qt::endl;
        out << Tr::tr("  Notices are addressed to: %1").arg(noticeAddressee(record.application)) << Qt::endl;
    }

    // What the application lacked of Art. 29, and while it can still be asked for, how.
    void printMissingElements(QTextStream& out, const CaseRecord& record)
    {
        if (record.missing.isEmpty())
            return;
        out << Tr::tr("Missing from the application when received (Art. 29):") << Qt::endl;
        for (const MissingElement& m : record.missing)
            out << u"  - "_s << describeMissingElement(m, record.application) << Qt::endl;
        if (record.state == CaseState::Registered)
            out << Tr::tr("  Ask for them within 7 working days of receipt (Art. 30): ogi act %1 request-supplement "
                          "--days N (without --items the notice names exactly these).")
                       .arg(record.caseNumber)
                << Qt::endl;
    }

    // Reconsiderations and lawsuits recorded, and how long the applicant may still file: only the
    // remedies the decision's notice names (CaseRemedyWindows).
    void printRemedies(
        QTextStream& out, const Database& database, const CaseRecord& record, const QList<CaseEvent>& events)
    {
        const CaseRemedyWindows open = caseRemedyWindows(database, record, events, SystemClock::instance().today());
        const QList<Remedy> remedies = remediesOf(database.connection(), record.id);
        if (open.windows.isEmpty() && remedies.isEmpty())
            return;
        out << Tr::tr("Remedies:") << Qt::endl;
        for (const RemedyWindow& window : open.windows)
            out << u"  "_s << describeRemedyWindow(window) << Qt::endl;
        if (!open.windows.isEmpty())
            if (const QString clause = describeRemedyClause(open.clause); !clause.isEmpty())
                out << u"  "_s << clause << Qt::endl;
        for (const Remedy& r : remedies) {
            out << u"  #"_s << r.id << u' ' << displayName(remedyKinds(), r.kind) << u"  "_s << isoDate(r.filed)
                << u"  "_s << r.body << u"  "_s << displayName(remedyResults(), r.result);
            if (r.concluded.isValid())
                out << u"  "_s << isoDate(r.concluded);
            out << Qt::endl;
        }
    }

    void printAttachments(QTextStream& out, const Database& database, qint64 caseId)
    {
        const QList<Attachment> attachments = AttachmentStore(database).list(caseId);
        if (attachments.isEmpty())
            return;
        out << Tr::tr("Attachments:") << Qt::endl;
        for (const Attachment& a : attachments)
            out << u"  "_s << a.fileName << u"  "_s << displayName(attachmentKinds(), a.kind) << u"  "_s
                << QLocale().formattedDataSize(a.size) << u"  "_s << a.addedBy << u"  "_s
                << a.addedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << u"  SHA-256 "_s << a.sha256 << Qt::endl;
    }
} // namespace

int runShow(CliContext& context)
{
    const bool json = context.takeFlag(u"json"_s);
    const QString caseNumber = context.takePositionals(1, u"ogi --db FILE show CASE [--json]"_s).front();
    const Database database = context.openDatabase();
    const CaseRepository repository(database);
    const std::optional<CaseRecord> record = repository.find(caseNumber);
    if (!record)
        throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
    const QList<CaseEvent> events = repository.events(record->id);
    const Application& app = record->application;
    if (json) {
        context.out << QString::fromUtf8(QJsonDocument(caseToJson(*record, events)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }

    // Written whole at the end, every control character made visible: text an older version
    // stored must not run escape sequences on the clerk's terminal.
    QString shown;
    QTextStream out(&shown);
    out << Tr::tr("Case %1 — %2").arg(record->caseNumber, caseStateName(record->state)) << Qt::endl;
    if (app.kind == CaseKind::Correction) {
        out << Tr::tr("Kind: %1 — not an application for government information: not counted in the annual "
                      "report's section 三 nor in the monthly tally")
                   .arg(displayName(caseKinds(), app.kind))
            << Qt::endl;
        const WorkflowFacts facts = workflowFacts(events);
        if (!facts.correctionFinding.isEmpty())
            if (const auto finding = parseTerm(correctionFindings(), facts.correctionFinding))
                out << Tr::tr("Verified: %1").arg(displayName(correctionFindings(), *finding)) << Qt::endl;
        if (facts.hasCurrentDraft())
            out << Tr::tr("Decision: %1").arg(correctionDecisionName(facts.draft.value(u"decision"_s).toString()))
                << Qt::endl;
    }
    if (const auto outcome = findOutcome(record->outcome))
        out << Tr::tr("Outcome: %1").arg(outcomeDisplayText(*outcome)) << Qt::endl;
    for (const Applicant& applicant : app.applicants)
        printApplicant(out, applicant);
    printAgent(out, database, *record);
    out << Tr::tr("Channel: %1").arg(displayName(channels(), app.channel)) << Qt::endl;
    out << Tr::tr("Submitted: %1   Received: %2").arg(isoDate(app.submittedDate), isoDate(app.receiptDate)) << Qt::endl;
    out << u"  "_s << receiptDateRule(app.channel) << Qt::endl;
    out << Tr::tr("Request: %1").arg(app.description) << Qt::endl;
    if (!app.documentNumber.isEmpty())
        out << Tr::tr("Document number: %1").arg(app.documentNumber) << Qt::endl;
    if (app.kind == CaseKind::Disclosure)
        out << Tr::tr("Form: %1   Receiving: %2")
                   .arg(displayName(requestedForms(), app.requestedForm), displayName(deliveryWays(), app.deliveryWay))
            << Qt::endl;
    else // a correction request asks for no information in any form, only for the answer
        out << Tr::tr("Reply to be sent: %1").arg(displayName(deliveryWays(), app.deliveryWay)) << Qt::endl;
    printMissingElements(out, *record);
    if (!app.department.isEmpty() || !app.clerk.isEmpty())
        out << Tr::tr("Department: %1   Clerk: %2").arg(app.department, app.clerk) << Qt::endl;
    if (!app.note.isEmpty())
        out << Tr::tr("Note: %1").arg(app.note) << Qt::endl;
    out << Tr::tr("Timeline:") << Qt::endl;
    for (const CaseEvent& e : events) {
        out << u"  "_s << e.seq << u". "_s << isoDate(e.eventDate) << u"  "_s << actionDisplayName(e.action) << u" → "_s
            << caseStateName(e.toState) << u"  ("_s << e.actor << u", "_s
            << e.recordedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) << u')';
        if (!e.note.isEmpty())
            out << u"  "_s << e.note;
        out << Qt::endl;
        const QString details = describeEventDetails(e);
        if (!details.isEmpty())
            out << u"      "_s << details << Qt::endl;
    }
    out << Tr::tr("Deadlines:") << Qt::endl;
    for (const QString& line :
        caseDeadlineLines(caseDeadline(database, record->caseNumber, SystemClock::instance().today())))
        out << line << Qt::endl;
    printRemedies(out, database, *record, events);
    printAttachments(out, database, record->id);
    printRepeatHints(out, findRepeats(database.connection(), record->caseNumber));
    out.flush();
    context.out << printableText(shown);
    context.out.flush();
    return ExitOk;
}

} // namespace ogi::cli
