#include "WorkflowFixture.h"

#include "PgTestServer.h"
#include "TestApp.h"
#include "TestFiles.h"
#include "TestRegister.h"

#include "lifecycle/ReplyType.h"
#include "lifecycle/WorkflowFacts.h"
#include "notices/NoticeStore.h"
#include "notices/NoticeTemplate.h"
#include "notices/NoticeTemplates.h"
#include "notices/NoticeType.h"
#include "settings/OfficeSettings.h"
#include "storage/SchemaMigrations.h"
#include "storage/Sql.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ogi::test {

namespace {
    struct UserSeed
    {
        const char* login;
        const char* name;
        QList<Role> roles;
    };

    const QList<UserSeed>& seeds()
    {
        static const QList<UserSeed> list = {
            { "admin", "管理员", { Role::Administrator } },
            { "wangfang", "王芳", { Role::Clerk } },
            { "liqiang", "李强", { Role::Clerk } },
            { "zhaomin", "赵敏", { Role::Reviewer } },
            { "chenjun", "陈军", { Role::Chief } },
            { "sunli", "孙丽", { Role::Chief } },
            { "solo", "周独", { Role::Clerk, Role::Chief } },
        };
        return list;
    }

    // The users of seeds() (admin first) written into the new register at `location`.
    void seedUsers(const QString& location)
    {
        Database db = Database::open(location, OpenMode::CreateIfMissing);
        UserRepository users(db);
        const UserAccount first = users.createFirstAdministrator(u"admin"_s, u"管理员"_s, u"admin-password-1"_s);
        for (const UserSeed& seed : seeds())
            if (QLatin1String(seed.login) != u"admin")
                users.create(first, QLatin1String(seed.login), QString::fromUtf8(seed.name), seed.roles,
                    u"password-"_s + QLatin1String(seed.login));
    } // closed: the WAL is folded into the file; no session left on the template database

    // The template register's name, by schema version, users and the test binary's build time:
    // a schema changed while its version number stays (during development) must not meet a
    // template built before.
    QString templateName()
    {
        const qint64 built = QFileInfo(QCoreApplication::applicationFilePath()).lastModified().toSecsSinceEpoch();
        return u"ogi-test-workflow-users-v%1-%2-%3"_s.arg(currentSchemaVersion()).arg(seeds().size()).arg(built);
    }

    // The template register file with the users, built once and shared by the test processes
    // (ctest runs each test case in its own process). Written under a temporary name and
    // renamed, so a parallel process never copies half a file.
    const QString& templateFile()
    {
        static const QString path = [] {
            // Beside the test binaries, not in /tmp: each build left one behind there for good.
            const QString file = QDir(QCoreApplication::applicationDirPath()).filePath(templateName() + u".ogi"_s);
            // Each test binary has its own (its build time differs): none may remove another's.
            if (QFile::exists(file))
                return file;
            QTemporaryDir dir;
            const QString building = dir.filePath(u"template.ogi"_s);
            seedUsers(building);
            const QString staged = file + u".%1"_s.arg(QCoreApplication::applicationPid());
            QFile::copy(building, staged);
            if (!QFile::exists(file))
                QFile::rename(staged, file);
            QFile::remove(staged);
            return file;
        }();
        return path;
    }

    // A fresh copy of the template register: a file in `dir`, or on PostgreSQL a database made
    // from the template database (CREATE DATABASE … TEMPLATE).
    QString copyOfTemplate(const QTemporaryDir& dir)
    {
        if (testsOnPostgresql())
            return createPgTestDatabaseFrom(u"workflow"_s, templateName(), seedUsers);
        const QString file = dir.filePath(u"register.ogi"_s);
        QFile::copy(templateFile(), file);
        return file;
    }

    UserAccount account(const Database& db, const char* login)
    {
        return *UserRepository(db).find(QLatin1String(login));
    }
} // namespace

QDate day(const char* iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

QJsonObject params(std::initializer_list<std::pair<const char*, QJsonValue>> list)
{
    QJsonObject object;
    for (const auto& [key, value] : list)
        object.insert(QLatin1String(key), value);
    return object;
}

WorkflowFixture::WorkflowFixture()
    : clock(QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC))
{
    ensureCoreApp();
    location = copyOfTemplate(dir);
    database = std::make_unique<Database>(Database::open(location, OpenMode::ExistingOnly));
    repository = std::make_unique<CaseRepository>(*database, clock);
    workflow = std::make_unique<CaseWorkflow>(*database, clock);
    admin = account(*database, "admin");
    clerk = account(*database, "wangfang");
    clerk2 = account(*database, "liqiang");
    reviewer = account(*database, "zhaomin");
    chief = account(*database, "chenjun");
    chief2 = account(*database, "sunli");
    solo = account(*database, "solo");
}

QString WorkflowFixture::newCase(const char* receipt)
{
    Application application = samplePersonApplication(day(receipt));
    if (adjustApplication)
        adjustApplication(application);
    return repository->add(application, clerk.login);
}

QString WorkflowFixture::assignedCase(const char* receipt)
{
    const QString number = newCase(receipt);
    act(clerk, number, "accept", "2026-07-02");
    act(chief, number, "assign", "2026-07-02", { { u"department"_s, u"政策法规科"_s }, { u"clerk"_s, u"wangfang"_s } });
    return number;
}

CaseEvent WorkflowFixture::act(const UserAccount& user, const QString& caseNumber, const char* action, const char* date,
    const QJsonObject& params, const QString& note)
{
    return workflow->perform(user, caseNumber, { QLatin1String(action), day(date), note, params });
}

void WorkflowFixture::setAgency(bool numberPerType)
{
    OfficeSettings(*database, clock)
        .setAgencyProfile({ u"某某区人民政府办公室"_s, u"QB-01"_s, u"某某区人民政府"_s, u"某某区人民法院"_s,
                              numberPerType ? u"某政{type}〔{year}〕第{n}号"_s : u"某政公开〔{year}〕第{n}号"_s,
                              u"某某路1号；电话：010-12345678"_s, numberPerType },
            admin);
}

IssuedNotice WorkflowFixture::issueReply(const QString& caseNumber, const char* date)
{
    if (OfficeSettings(*database, clock).agencyProfile().documentNumberPattern.isEmpty())
        setAgency();
    const CaseRecord record = *repository->find(caseNumber);
    const WorkflowFacts facts = workflowFacts(repository->events(record.id));
    // An application's reply by its type; a correction request's (Art. 41) by its decision.
    const NoticeType& notice = record.application.kind == CaseKind::Correction
        ? *correctionReplyNoticeType(facts.draft.value(u"decision"_s).toString())
        : replyNoticeType(*parseTerm(replyTypes(), facts.draft.value(u"reply_type"_s).toString()));
    const QString type = QLatin1String(notice.code);
    const QString composed = NoticeTemplates(*database, clock).composed(type);
    return NoticeStore(*database, clock).issue(caseNumber, type, completeEdits(composed), day(date), clerk);
}

QMap<QString, QString> completeEdits(const QString& composed)
{
    QMap<QString, QString> edits;
    for (const TemplateField& field : templateFields(composed))
        if (field.editable)
            edits.insert(field.name, u"（%1）"_s.arg(field.label));
    return edits;
}

CaseState WorkflowFixture::stateOf(const QString& caseNumber) const { return repository->find(caseNumber)->state; }

QString WorkflowFixture::outcomeOf(const QString& caseNumber) const { return repository->find(caseNumber)->outcome; }

qint64 WorkflowFixture::writtenRows() const
{
    return sql::scalar(database->connection(),
        u"SELECT (SELECT count(*) FROM case_events) + (SELECT count(*) FROM audit_log) "
        u"+ (SELECT count(*) FROM remedies) + (SELECT count(*) FROM settings)"_s)
        .toLongLong();
}

} // namespace ogi::test
