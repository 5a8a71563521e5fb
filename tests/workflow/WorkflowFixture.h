#pragma once

#include "Clock.h"
#include "notices/IssuedNotice.h"
#include "register/CaseRepository.h"
#include "storage/Database.h"
#include "users/UserAccount.h"
#include "workflow/CaseWorkflow.h"

#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ogi::test {

// A register (a file in a temp dir, or a database on the test cluster) with one user of each role, a clock pinned to 2026-11-20, and
// shortcuts for acting on cases. The users are created once per test run (each password
// hash costs a quarter of a second) and the file is copied for every fixture.
class WorkflowFixture
{
public:
    WorkflowFixture();

    // Registers samplePersonApplication of `receipt`, changed by adjustApplication if set.
    QString newCase(const char* receipt = "2026-07-01");
    // newCase(receipt), accepted and assigned to wangfang in 政策法规科 on 2026-07-02: where
    // most steps start from.
    QString assignedCase(const char* receipt = "2026-07-01");
    std::function<void(Application&)> adjustApplication;
    CaseEvent act(const UserAccount& user, const QString& caseNumber, const char* action, const char* date,
        const QJsonObject& params = {}, const QString& note = {});
    // The agency settings every notice needs (name, bodies, contact, number pattern).
    void setAgency(bool numberPerType = false);
    // Issues the reply notice of the case's signed-off draft on `date`, every part the clerk
    // writes filled in, as the clerk does before delivering (the agency set first if it is not).
    IssuedNotice issueReply(const QString& caseNumber, const char* date);
    CaseState stateOf(const QString& caseNumber) const;
    QString outcomeOf(const QString& caseNumber) const;
    // Rows in case_events and audit_log together: a refusal must leave it unchanged.
    qint64 writtenRows() const;

    QTemporaryDir dir;
    // The register's location: a file in `dir`, or a database on the test cluster (TestRegister.h).
    QString location;
    FixedClock clock;
    std::unique_ptr<Database> database;
    std::unique_ptr<CaseRepository> repository;
    std::unique_ptr<CaseWorkflow> workflow;

    // wangfang and liqiang: clerks; zhaomin: reviewer; chenjun and sunli: chiefs;
    // admin: administrator; solo: clerk and chief (the one-person office).
    UserAccount clerk, clerk2, reviewer, chief, chief2, admin, solo;
};

QDate day(const char* iso);

// A step's parameters: params({ { "answer", u"objection"_s } }).
QJsonObject params(std::initializer_list<std::pair<const char*, QJsonValue>> list);

// A value for every editable part of the composed template, each naming its part.
QMap<QString, QString> completeEdits(const QString& composed);

} // namespace ogi::test
