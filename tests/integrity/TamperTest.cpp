// Issue 18: what a hostile insider with the register file can do, one row each, and
// `ogi verify` (verifyDatabase) must say so, naming the table or case. The insider works as
// one would: a plain SQLite connection, the append-only triggers dropped, rows edited,
// hashes recomputed where the source code tells how.

#include "TestApp.h"
#include "TestFiles.h"

#include "Sha256.h"
#include "attachments/AttachmentStore.h"
#include "deadline/CalendarRepository.h"
#include "demo/DemoData.h"
#include "demo/DemoUsers.h"
#include "integrity/IntegrityCheck.h"
#include "notices/NoticeStore.h"
#include "settings/OfficeSettings.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "users/SignIn.h"
#include "users/UserRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

const FixedClock& fixtureClock()
{
    static const FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(2, 0), Qt::UTC));
    return clock;
}

// A demo-ish register built through core: cases run through their states with notices,
// one voided, an attachment, a calendar override, a locked-out user, a setting changed.
QString buildTemplate(const QString& folder)
{
    const QString path = folder + u"/template.db"_s;
    const FixedClock& clock = fixtureClock();
    const Database db = Database::open(path, OpenMode::CreateIfMissing);
    createDemoUsers(db);
    generateDemoData(db, 40, clock, 18, u"wangfang"_s);
    UserRepository users(db, clock);
    const UserAccount clerk = *users.find(u"wangfang"_s);
    const UserAccount admin = *users.find(u"admin"_s);
    const QString someCase = sql::scalar(db.connection(), u"SELECT case_number FROM cases ORDER BY id LIMIT 1"_s).toString();
    const QString scan = folder + u"/scan.pdf"_s;
    test::writeBytes(scan, "%PDF-1.4 a scanned application");
    AttachmentStore(db, clock).add(someCase, scan, AttachmentKind::Application, clerk);
    CalendarRepository(db, clock).setDay({ QDate(2026, 7, 1), false, u"local"_s }, admin.login);
    OfficeSettings settings(db, clock);
    OfficeSettings::AgencyProfile profile = settings.agencyProfile();
    profile.court = u"某某区人民法院"_s;
    settings.setAgencyProfile(profile, admin);
    const qint64 noticeId = sql::scalar(db.connection(), u"SELECT min(id) FROM notices"_s).toLongLong();
    REQUIRE(noticeId > 0);
    NoticeStore(db, clock).voidNotice(noticeId, u"地址写错"_s, clerk);
    SignIn signIn(db, clock);
    for (int i = 0; i < SignIn::kFreeAttempts; ++i)
        CHECK_THROWS(signIn.signIn(u"zhaomin"_s, u"not the password"_s));
    REQUIRE(verifyDatabase(db).isEmpty());
    return path;
}

const QString& templateRegister()
{
    static QTemporaryDir folder;
    static const QString path = buildTemplate(folder.path());
    return path;
}

// The insider's own connection to the file.
class Insider
{
public:
    explicit Insider(const QString& path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"insider"_s);
        m_db.setDatabaseName(path);
        REQUIRE(m_db.open());
        // Append-only triggers are only rows in sqlite_master to whoever holds the file.
        QStringList triggers;
        QSqlQuery q(u"SELECT name FROM sqlite_master WHERE type = 'trigger'"_s, m_db);
        while (q.next())
            triggers << q.value(0).toString();
        q.finish();
        for (const QString& name : triggers)
            run(u"DROP TRIGGER "_s + name);
    }
    ~Insider()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"insider"_s);
    }

    void run(const QString& statement)
    {
        QSqlQuery q(m_db);
        INFO(statement.toStdString());
        const bool ok = q.exec(statement);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    QString value(const QString& statement)
    {
        QSqlQuery q(m_db);
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
        return q.next() ? q.value(0).toString() : QString();
    }

    // Recomputes every row's SHA-256 and the head, as AuditLog's source code shows how.
    void rehashChain()
    {
        QSqlQuery q(u"SELECT id, recorded_at, actor, action, subject, details FROM audit_log ORDER BY id"_s, m_db);
        QList<QVariantList> rows;
        while (q.next())
            rows << QVariantList { q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5) };
        q.finish();
        QString previous(64, u'0');
        for (const QVariantList& r : std::as_const(rows)) {
            const QJsonArray canonical { r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toString(),
                r[4].toString(), r[5].toString(), previous };
            const QString hash = sha256Hex(QJsonDocument(canonical).toJson(QJsonDocument::Compact));
            QSqlQuery update(m_db);
            update.prepare(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s);
            update.addBindValue(previous);
            update.addBindValue(hash);
            update.addBindValue(r[0]);
            REQUIRE(update.exec());
            previous = hash;
        }
        run(u"UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_log), last_hash = '%1'"_s.arg(previous));
    }

private:
    QSqlDatabase m_db;
};

struct Tampering
{
    const char* name;
    // What the findings must name: a literal, or a SELECT run on the untouched file.
    const char* names;
    std::function<void(Insider&)> apply;
};

void sqlOnly(Insider& insider, std::initializer_list<const char*> statements)
{
    for (const char* statement : statements)
        insider.run(QString::fromUtf8(statement));
}

// Cases picked by what they hold, so the table does not depend on the demo's seed.
#define CASE_WITH_STEPS "(SELECT case_id FROM case_events GROUP BY case_id HAVING count(*) >= 3 ORDER BY case_id LIMIT 1)"
#define CONCLUDED_CASE "(SELECT id FROM cases WHERE concluded_on IS NOT NULL AND outcome IS NOT NULL ORDER BY id LIMIT 1)"
#define PERSON_CASE                                                                                                    \
    "(SELECT ca.case_id FROM case_applicants ca JOIN applicants a ON a.id = ca.applicant_id "                        \
    "WHERE ca.position = 0 AND a.id_number IS NOT NULL ORDER BY ca.case_id LIMIT 1)"
#define PERIOD_CASE "(SELECT case_id FROM case_periods ORDER BY rowid LIMIT 1)"
#define ROLLBACK_CASE                                                                                                  \
    "(SELECT e.case_id FROM case_events e WHERE e.seq = (SELECT max(seq) FROM case_events WHERE case_id = e.case_id) " \
    "AND e.from_state <> e.to_state AND e.outcome IS NULL AND e.to_state NOT IN ('replied', 'closed', 'archived') "   \
    "ORDER BY e.case_id LIMIT 1)"
#define NOTICE_CASE "(SELECT case_id FROM notices ORDER BY id DESC LIMIT 1)"
#define LAST_NOTICE "(SELECT max(id) FROM notices)"
#define ATTACHED_CASE "(SELECT case_id FROM attachments LIMIT 1)"
// A case with a notice and several steps: deleting it must take its notice along.
#define ISSUE_CASE NOTICE_CASE
#define NUMBER_OF(c) "SELECT case_number FROM cases WHERE id = " c

const std::vector<Tampering>& tamperings()
{
    static const std::vector<Tampering> rows = {
        // Caught before issue 18.
        { "an audit row deleted", "audit log",
            [](Insider& i) { sqlOnly(i, { "DELETE FROM audit_log WHERE id = 5" }); } },
        { "an audit row edited without re-hashing", "audit log row 5",
            [](Insider& i) { sqlOnly(i, { "UPDATE audit_log SET actor = 'someone' WHERE id = 5" }); } },
        { "a case's state changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) { sqlOnly(i, { "UPDATE cases SET state = 'registered' WHERE id = " CASE_WITH_STEPS }); } },
        { "a case's outcome changed", NUMBER_OF(CONCLUDED_CASE),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE cases SET outcome = CASE outcome WHEN 'refused' THEN 'granted' ELSE 'refused' END "
                             "WHERE id = " CONCLUDED_CASE });
            } },
        { "a notice's HTML changed", "SELECT number FROM notices WHERE id = " LAST_NOTICE,
            [](Insider& i) { sqlOnly(i, { "UPDATE notices SET html = html || ' ' WHERE id = " LAST_NOTICE }); } },
        // Missed before issue 18.
        { "an event's date changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_events SET event_date = date(event_date, '-1 day') WHERE seq = 2 AND case_id = "
                        CASE_WITH_STEPS });
            } },
        { "an event's actor changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_events SET actor = 'chenjun' WHERE seq = 2 AND case_id = " CASE_WITH_STEPS });
            } },
        { "an event's note changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_events SET note = '已电话告知' WHERE seq = 2 AND case_id = " CASE_WITH_STEPS });
            } },
        { "an event's details changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_events SET details = json_set(coalesce(details, '{}'), '$.days', 40) "
                             "WHERE seq = 3 AND case_id = " CASE_WITH_STEPS });
            } },
        { "a case's receipt date changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE cases SET receipt_date = date(receipt_date, '+3 day') WHERE id = " CASE_WITH_STEPS });
            } },
        { "an applicant's name changed", NUMBER_OF(PERSON_CASE),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE applicants SET name = '李四' WHERE id = (SELECT applicant_id FROM case_applicants "
                             "WHERE position = 0 AND case_id = " PERSON_CASE ")" });
            } },
        { "an applicant's ID number changed", NUMBER_OF(PERSON_CASE),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE applicants SET id_number = '11010519491231002X' WHERE id = (SELECT applicant_id "
                             "FROM case_applicants WHERE position = 0 AND case_id = " PERSON_CASE ")" });
            } },
        { "a case's description changed", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE cases SET description = '无关内容' WHERE id = " CASE_WITH_STEPS });
            } },
        { "a case's concluded_on changed", NUMBER_OF(CONCLUDED_CASE),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE cases SET concluded_on = date(concluded_on, '-5 day') WHERE id = " CONCLUDED_CASE });
            } },
        { "an on-time verdict changed", NUMBER_OF(PERIOD_CASE),
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_periods SET on_time = 1 - on_time WHERE rowid = (SELECT min(rowid) FROM "
                             "case_periods)" });
            } },
        { "the last event deleted with the state rolled back", NUMBER_OF(ROLLBACK_CASE),
            [](Insider& i) {
                const QString id = i.value(u"SELECT " ROLLBACK_CASE ""_s);
                i.run(u"UPDATE cases SET state = (SELECT from_state FROM case_events WHERE case_id = %1 ORDER BY seq "
                      u"DESC LIMIT 1) WHERE id = %1"_s.arg(id));
                i.run(u"DELETE FROM case_events WHERE case_id = %1 AND seq = (SELECT max(seq) FROM case_events "
                      u"WHERE case_id = %1)"_s.arg(id));
            } },
        { "a whole case deleted", NUMBER_OF(ISSUE_CASE),
            [](Insider& i) {
                const QString id = i.value(u"SELECT " ISSUE_CASE ""_s);
                for (const char* table : { "case_events", "case_periods", "notice_voids", "attachments",
                         "reply_deadlines", "remedies", "case_agents", "imported_cases" }) {
                    if (QLatin1String(table) == QLatin1String("notice_voids"))
                        i.run(u"DELETE FROM notice_voids WHERE notice_id IN (SELECT id FROM notices WHERE case_id = %1)"_s
                                  .arg(id));
                    else
                        i.run(u"DELETE FROM %1 WHERE case_id = %2"_s.arg(QLatin1String(table), id));
                }
                i.run(u"DELETE FROM notices WHERE case_id = %1"_s.arg(id));
                i.run(u"CREATE TEMP TABLE gone AS SELECT applicant_id FROM case_applicants WHERE case_id = %1"_s.arg(id));
                i.run(u"DELETE FROM case_applicants WHERE case_id = %1"_s.arg(id));
                i.run(u"DELETE FROM applicants WHERE id IN (SELECT applicant_id FROM gone)"_s);
                i.run(u"DELETE FROM case_search WHERE rowid = %1"_s.arg(id));
                i.run(u"DELETE FROM cases WHERE id = %1"_s.arg(id));
            } },
        { "a notice's HTML changed with its SHA-256", "SELECT number FROM notices WHERE id = " LAST_NOTICE,
            [](Insider& i) {
                const QString html = i.value(u"SELECT html FROM notices WHERE id = " LAST_NOTICE ""_s) + u"<p>补</p>"_s;
                i.run(u"UPDATE notices SET html = '%1', sha256 = '%2' WHERE id = " LAST_NOTICE ""_s.arg(
                    QString(html).replace(u"'"_s, u"''"_s), sha256Hex(html.toUtf8())));
            } },
        { "a notice row deleted", "SELECT number FROM notices WHERE id = " LAST_NOTICE,
            [](Insider& i) { sqlOnly(i, { "DELETE FROM notices WHERE id = " LAST_NOTICE }); } },
        { "a notice renumbered", "SELECT number FROM notices WHERE id = " LAST_NOTICE,
            [](Insider& i) {
                sqlOnly(i, { "UPDATE notices SET seq = seq + 100, number = number || '-1' WHERE id = " LAST_NOTICE });
            } },
        { "a role granted", "wangfang",
            [](Insider& i) {
                sqlOnly(i, { "INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users WHERE login = 'wangfang'" });
            } },
        { "an administrator inserted", "mole",
            [](Insider& i) {
                sqlOnly(i, { "INSERT INTO users (login, display_name, password_hash, active, created_at) SELECT 'mole', "
                             "'Mole', password_hash, 1, created_at FROM users WHERE login = 'admin'",
                               "INSERT INTO user_roles (user_id, role) SELECT id, 'admin' FROM users WHERE login = 'mole'" });
            } },
        { "a lockout reset", "zhaomin",
            [](Insider& i) {
                sqlOnly(i, { "UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE login = 'zhaomin'" });
            } },
        { "four-eyes turned off", "four_eyes",
            [](Insider& i) { sqlOnly(i, { "INSERT OR REPLACE INTO settings (key, value) VALUES ('four_eyes', 'off')" }); } },
        { "a calendar override added", "2026-08-03",
            [](Insider& i) {
                sqlOnly(i, { "INSERT INTO calendar_overrides (date, kind, name, changed_at, changed_by) VALUES "
                             "('2026-08-03', 'off', '调休', '2026-06-01T00:00:00.000Z', 'admin')" });
            } },
        { "an attachment row deleted", NUMBER_OF(ATTACHED_CASE),
            [](Insider& i) { sqlOnly(i, { "DELETE FROM attachments" }); } },
        { "the case counter rewound", "SELECT max(year) FROM case_counters",
            [](Insider& i) {
                sqlOnly(i, { "UPDATE case_counters SET last_number = last_number - 3 WHERE year = (SELECT max(year) "
                             "FROM case_counters)" });
            } },
        { "the audit chain rewritten end to end", NUMBER_OF(CASE_WITH_STEPS),
            [](Insider& i) {
                // The event's date and the audit row that recorded it, both moved, the chain re-hashed.
                const QString number = i.value(u"" NUMBER_OF(CASE_WITH_STEPS) ""_s);
                i.run(u"UPDATE case_events SET event_date = date(event_date, '-1 day') WHERE seq = 2 AND case_id = "
                      u"" CASE_WITH_STEPS ""_s);
                const QString date = i.value(
                    u"SELECT event_date FROM case_events WHERE seq = 2 AND case_id = " CASE_WITH_STEPS ""_s);
                i.run(u"UPDATE audit_log SET details = json_set(details, '$.date', '%1') WHERE id = (SELECT min(id) "
                      u"FROM audit_log WHERE subject = '%2' AND action <> 'case.register')"_s.arg(date, number));
                i.rehashChain();
            } },
        { "the whole audit log and its head deleted", "audit",
            [](Insider& i) { sqlOnly(i, { "DELETE FROM audit_log", "DELETE FROM audit_head" }); } },
        // More of the same insider's reach.
        { "a notice's voiding deleted", "SELECT number FROM notices WHERE id = (SELECT min(notice_id) FROM notice_voids)",
            [](Insider& i) { sqlOnly(i, { "DELETE FROM notice_voids" }); } },
        { "an event inserted", NUMBER_OF(ISSUE_CASE),
            [](Insider& i) {
                sqlOnly(i, { "INSERT INTO case_events (case_id, seq, action, from_state, to_state, outcome, event_date, "
                             "recorded_at, actor, note, details) SELECT case_id, seq + 1, action, to_state, to_state, "
                             "outcome, event_date, recorded_at, actor, '补记', details FROM case_events e WHERE case_id = "
                        ISSUE_CASE " AND seq = (SELECT max(seq) FROM case_events WHERE case_id = e.case_id)" });
            } },
        { "the audit log's tail deleted and its head moved back", "audit",
            [](Insider& i) {
                sqlOnly(i, { "DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)",
                               "UPDATE audit_head SET last_id = (SELECT max(id) FROM audit_log), last_hash = (SELECT "
                               "hash FROM audit_log ORDER BY id DESC LIMIT 1)" });
            } },
        { "a password hash replaced", "admin",
            [](Insider& i) {
                sqlOnly(i, { "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE login = "
                             "'wangfang') WHERE login = 'admin'" });
            } },
        { "a user disabled", "chenjun",
            [](Insider& i) { sqlOnly(i, { "UPDATE users SET active = 0 WHERE login = 'chenjun'" }); } },
        { "an attachment renamed", NUMBER_OF(ATTACHED_CASE),
            [](Insider& i) { sqlOnly(i, { "UPDATE attachments SET file_name = '答复书.pdf'" }); } },
        { "a setting changed", "court",
            [](Insider& i) { sqlOnly(i, { "UPDATE settings SET value = '另一法院' WHERE key = 'court'" }); } },
    };
    return rows;
}

QString expectedName(const QString& path, const char* names)
{
    const QString text = QString::fromUtf8(names);
    if (!text.startsWith(u"SELECT"_s))
        return text;
    const Database db = Database::open(path);
    return sql::scalar(db.connection(), text).toString();
}

QString copyOfTemplate(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"register.db"_s);
    REQUIRE(QFile::copy(templateRegister(), path));
    // The attachments' folder beside it, so that the untouched copy verifies clean.
    const QString files = templateRegister() + u".files"_s;
    QDirIterator it(files, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = path + u".files"_s + source.mid(files.size());
        REQUIRE(QDir().mkpath(QFileInfo(target).path()));
        REQUIRE(QFile::copy(source, target));
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // The office opened and closed it at its place before the insider came.
    { const Database db = Database::open(path); }
    return path;
}

} // namespace

TEST_CASE("verify finds nothing in an untouched register", "[integrity][tamper]")
{
    test::ensureCoreApp();
    QTemporaryDir dir;
    const QString path = copyOfTemplate(dir);
    const Database db = Database::open(path);
    const QStringList findings = verifyDatabase(db);
    INFO(findings.join(u'\n').toStdString());
    CHECK(findings.isEmpty());
}

TEST_CASE("verify catches every tampering of the insider's table", "[integrity][tamper]")
{
    test::ensureCoreApp();
    int caught = 0;
    QStringList missed;
    for (const Tampering& tampering : tamperings()) {
        QTemporaryDir dir;
        const QString path = copyOfTemplate(dir);
        const QString name = expectedName(path, tampering.names);
        INFO(tampering.name);
        REQUIRE_FALSE(name.isEmpty());
        {
            Insider insider(path);
            tampering.apply(insider);
        }
        const Database db = Database::open(path);
        const QStringList findings = verifyDatabase(db);
        const bool named = std::any_of(findings.cbegin(), findings.cend(),
            [&](const QString& finding) { return finding.contains(name); });
        if (named)
            ++caught;
        else
            missed << u"%1 (expected a finding naming \"%2\"; got: %3)"_s.arg(
                QString::fromUtf8(tampering.name), name, findings.join(u" | "_s));
    }
    INFO("caught " << caught << " of " << tamperings().size());
    INFO(missed.join(u'\n').toStdString());
    CHECK(missed.isEmpty());
}
