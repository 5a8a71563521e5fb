#include "CaseWorkflow.h"

#include "Error.h"
#include "attachments/AttachmentStore.h"
#include "deadline/CalendarRepository.h"
#include "deadline/CaseDeadlineFacts.h"
#include "deadline/DeadlineCalculator.h"
#include "lifecycle/CaseTransitions.h"
#include "lifecycle/WorkflowFacts.h"
#include "register/CaseRepository.h"
#include "remedies/RemedyStore.h"
#include "settings/OfficeSettings.h"
#include "storage/WriteTransaction.h"
#include "users/RoleCheck.h"
#include "workflow/ActionDefaults.h"
#include "workflow/ActionPermission.h"
#include "workflow/ActionRules.h"
#include "workflow/ActionSpec.h"
#include "workflow/CorrectionRules.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::CaseWorkflow)
    };

    CaseRecord findCase(const CaseRepository& repository, const QString& caseNumber)
    {
        std::optional<CaseRecord> record = repository.find(caseNumber);
        if (!record)
            throw Error(ErrorCode::NotFound, Tr::tr("There is no case %1.").arg(caseNumber));
        return *record;
    }
} // namespace

CaseWorkflow::CaseWorkflow(const Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString CaseWorkflow::registerApplication(const UserAccount& user, const Application& application)
{
    requireRole(user, Role::Clerk, Tr::tr("Registering an application"));
    return CaseRepository(m_database, m_clock).add(application, user.login);
}

QString CaseWorkflow::registerApplication(
    const UserAccount& user, const Application& application, const QList<FileToAttach>& files)
{
    WriteTransaction transaction(m_database.connection());
    const QString caseNumber = registerApplication(user, application);
    AttachmentStore attachments(m_database, m_clock);
    for (const FileToAttach& file : files)
        attachments.add(caseNumber, file.path, file.kind, user);
    transaction.commit();
    return caseNumber;
}

CaseEvent CaseWorkflow::perform(const UserAccount& user, const QString& caseNumber, const ActionRequest& request)
{
    const ActionSpec* spec = findActionSpec(request.action);
    if (!spec) {
        QStringList known;
        for (const ActionSpec& s : actionSpecs())
            known << s.action;
        throw Error(ErrorCode::InvalidInput,
            Tr::tr("There is no action \"%1\"; the actions are: %2.").arg(request.action, known.join(u", ")));
    }
    const QSqlDatabase db = m_database.connection();
    const QDate today = m_clock.today();
    const QDate date = request.date.isValid() ? request.date : today;
    CaseRepository repository(m_database, m_clock);
    WriteTransaction transaction(db);
    const CaseRecord record = findCase(repository, caseNumber);
    const CaseKind kind = record.application.kind;
    if (const std::optional<Refusal> refusal = refusalFor(request.action, record.state, user, record.caseNumber, kind))
        throw Error(ErrorCode::Refused, refusal->message);
    ActionEffect effect;
    QJsonObject params = request.params;
    const QList<CaseEvent> events = repository.events(record.id);
    const WorkflowFacts facts = workflowFacts(events);
    const QJsonObject defaults = actionDefaults(request.action, record, facts);
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        if (params.value(it.key()).toString().trimmed().isEmpty() && !params.value(it.key()).isDouble())
            params.insert(it.key(), it.value());
    effect.details = normaliseParams(*spec, params);
    CaseRepository::checkEventDate(
        request.action, record.caseNumber, date, events.isEmpty() ? QDate() : events.back().eventDate, today);

    const WorkingCalendar calendar = loadOfficeCalendar(db);
    const ActionContext context { m_database, db, record, events, facts, user, calendar, date, today,
        OfficeSettings(m_database, m_clock).fourEyes() };
    applyActionRules(request.action, context, effect);
    applyCorrectionRules(request.action, context, effect);
    for (auto it = request.evidence.begin(); it != request.evidence.end(); ++it)
        effect.details.insert(it.key(), it.value());

    repository.recordEvent(
        record.caseNumber, request.action, date, user.login, request.note.trimmed(), effect.outcome, effect.details);
    if (request.action == u"assign")
        repository.setAssignment(
            record.id, effect.details.value(u"department"_s).toString(), effect.details.value(u"clerk"_s).toString());
    if (effect.remedy) {
        if (effect.remedy->id == 0)
            insertRemedy(db, *effect.remedy, m_clock.now());
        else
            updateRemedyResult(db, effect.remedy->id, record.id, effect.remedy->result, effect.remedy->concluded);
    }
    // The deadline engine must accept the new timeline: it refuses, for instance, an extension
    // approved after the deadline or a second one (Art. 33).
    const QList<CaseEvent> after = repository.events(record.id);
    DeadlineCalculator(calendar).summary(replyFactsFromEvents(record.application.receiptDate, after), date);
    transaction.commit();
    return after.back();
}

QStringList CaseWorkflow::availableActions(const UserAccount& user, const QString& caseNumber) const
{
    const CaseRepository repository(m_database, m_clock);
    const CaseRecord record = findCase(repository, caseNumber);
    return ogi::availableActions(record.state, user, record.application.kind);
}

} // namespace ogi
