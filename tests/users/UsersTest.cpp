// Users, passwords and sign-in on a real register (a SQLite file, or a PostgreSQL database).
#include "TestApp.h"
#include "TestRegister.h"

#include "Error.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "users/PasswordHash.h"
#include "users/SignIn.h"
#include "users/UserRepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace ogi;

namespace {

struct Register
{
    Register()
    {
        test::ensureCoreApp();
        location = test::newTestRegister(dir, u"users.ogi"_s);
        database = std::make_unique<Database>(Database::open(location, OpenMode::CreateIfMissing));
    }
    qint64 count(const QString& statement) const
    {
        return sql::scalar(database->connection(), statement).toLongLong();
    }
    QTemporaryDir dir;
    QString location;
    FixedClock clock { QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<Database> database;
};

} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 matches the published vectors", "[users][hash]")
{
    struct Vector
    {
        int iterations;
        const char* hex;
    };
    const Vector vectors[] = {
        { 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b" },
        { 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43" },
        { 4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a" },
    };
    for (const Vector& v : vectors) {
        INFO(v.iterations);
        CHECK(pbkdf2Sha256("password", "salt", v.iterations).toHex() == QByteArray(v.hex));
    }
}

TEST_CASE("stored hashes: format, fresh salt, at least 310,000 iterations", "[users][hash]")
{
    const QString a = hashPassword(u"correct horse"_s);
    const QString b = hashPassword(u"correct horse"_s);
    const QStringList parts = a.split(u'$');
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0) == u"pbkdf2-sha256");
    CHECK(parts.at(1).toInt() >= 310000);
    CHECK(a != b); // per-user random salt
    CHECK(verifyPassword(u"correct horse"_s, a));
    CHECK_FALSE(verifyPassword(u"correct horsE"_s, a));
    // A weaker stored hash never matches, even with the right password.
    const QByteArray salt = QByteArray(16, 's');
    const QString weak = u"pbkdf2-sha256$1000$%1$%2"_s.arg(QString::fromLatin1(salt.toBase64()),
        QString::fromLatin1(pbkdf2Sha256("correct horse", salt, 1000).toBase64()));
    CHECK_FALSE(verifyPassword(u"correct horse"_s, weak));
    for (const QString& malformed : { QString(), u"plain"_s, u"pbkdf2-sha256$x$y$z"_s, u"md5$310000$a$b"_s })
        CHECK_FALSE(verifyPassword(u"x"_s, malformed));
}

TEST_CASE("the first administrator, and no second first one", "[users]")
{
    Register r;
    UserRepository users(*r.database, r.clock);
    CHECK(users.isEmpty());
    REQUIRE_THROWS_AS(users.createFirstAdministrator(u"admin"_s, {}, u"short"_s), Error); // password rule
    REQUIRE_THROWS_AS(users.createFirstAdministrator(u"admin"_s, {}, u"admin"_s), Error);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, u"管理员"_s, u"chosen-pass-1"_s);
    CHECK(admin.holds(Role::Administrator));
    REQUIRE_THROWS_AS(users.createFirstAdministrator(u"other"_s, {}, u"chosen-pass-2"_s), Error);
    CHECK(r.count(u"SELECT count(*) FROM users"_s) == 1);
    // The hash, never the password, is stored.
    CHECK_FALSE(sql::scalar(r.database->connection(), u"SELECT password_hash FROM users"_s).toString().contains(u"chosen"));
}

TEST_CASE("only an administrator manages users, refusals write nothing", "[users]")
{
    Register r;
    UserRepository users(*r.database, r.clock);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, {}, u"chosen-pass-1"_s);
    const UserAccount clerk = users.create(admin, u"wangfang"_s, u"王芳"_s, { Role::Clerk }, u"clerk-pass-1"_s);
    CHECK(clerk.roles == QList<Role> { Role::Clerk });
    const qint64 before = r.count(u"SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log)"_s);
    try {
        users.create(clerk, u"mallory"_s, {}, { Role::Administrator }, u"mallory-pass"_s);
        FAIL("a clerk added a user");
    } catch (const Error& error) {
        CHECK(error.code() == ErrorCode::Refused);
        CHECK(error.message() == u"Adding a user needs the role Administrator; wangfang holds Clerk."_s);
    }
    REQUIRE_THROWS_AS(users.setRoles(clerk, u"wangfang"_s, { Role::Chief }), Error);
    REQUIRE_THROWS_AS(users.setActive(clerk, u"admin"_s, false), Error);
    REQUIRE_THROWS_AS(users.setPassword(clerk, u"admin"_s, u"new-pass-123"_s), Error);
    CHECK(r.count(u"SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM audit_log)"_s) == before);
    // Their own password, yes.
    users.setPassword(clerk, u"WangFang"_s, u"clerk-pass-2"_s);
    CHECK(SignIn(*r.database, r.clock).signIn(u"wangfang"_s, u"clerk-pass-2"_s).login == u"wangfang");
    // Duplicate logins, case-insensitively.
    REQUIRE_THROWS_AS(users.create(admin, u"WANGFANG"_s, {}, { Role::Clerk }, u"clerk-pass-1"_s), Error);
    REQUIRE_THROWS_AS(users.create(admin, u"1bad login"_s, {}, { Role::Clerk }, u"clerk-pass-1"_s), Error);
}

TEST_CASE("the last active administrator stays", "[users]")
{
    Register r;
    UserRepository users(*r.database, r.clock);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, {}, u"chosen-pass-1"_s);
    REQUIRE_THROWS_AS(users.setActive(admin, u"admin"_s, false), Error);
    REQUIRE_THROWS_AS(users.setRoles(admin, u"admin"_s, { Role::Clerk }), Error);
    users.create(admin, u"deputy"_s, {}, { Role::Administrator, Role::Chief }, u"deputy-pass-1"_s);
    users.setRoles(admin, u"admin"_s, { Role::Clerk });
    CHECK_FALSE(users.find(u"admin"_s)->holds(Role::Administrator));
    CHECK(r.count(u"SELECT count(*) FROM audit_log WHERE action = 'user.roles'"_s) == 1);
}

TEST_CASE("wrong passwords are audited and throttled, across connections", "[users][signin]")
{
    Register r;
    UserRepository users(*r.database, r.clock);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, {}, u"chosen-pass-1"_s);
    users.create(admin, u"wangfang"_s, {}, { Role::Clerk }, u"clerk-pass-1"_s);
    SignIn signIn(*r.database, r.clock);
    for (int i = 1; i <= SignIn::kFreeAttempts; ++i) {
        INFO(i);
        try {
            signIn.signIn(u"wangfang"_s, u"guess-%1"_s.arg(i));
            FAIL("a wrong password was accepted");
        } catch (const Error& error) {
            CHECK(error.message() == u"Wrong login or password."_s);
        }
    }
    CHECK(r.count(u"SELECT count(*) FROM audit_log WHERE action = 'user.sign_in_failed'"_s) == 5);
    CHECK(r.count(u"SELECT count(*) FROM audit_log WHERE action = 'user.locked'"_s) == 1);
    // Locked: even the right password is refused, and says until when.
    try {
        signIn.signIn(u"wangfang"_s, u"clerk-pass-1"_s);
        FAIL("a locked account signed in");
    } catch (const Error& error) {
        CHECK(error.message().contains(u"locked until"));
    }
    // Another process (connection) sees the same lock.
    {
        const Database other = Database::open(r.location);
        REQUIRE_THROWS_AS(SignIn(other, r.clock).signIn(u"wangfang"_s, u"clerk-pass-1"_s), Error);
    }
    // After 30 seconds, the right password works and resets the count.
    r.clock.set(r.clock.now().addSecs(31));
    CHECK(signIn.signIn(u"wangfang"_s, u"clerk-pass-1"_s).login == u"wangfang");
    CHECK(r.count(u"SELECT failed_attempts FROM users WHERE login = 'wangfang'"_s) == 0);
    // Unknown logins get the same answer and are audited.
    REQUIRE_THROWS_WITH(signIn.signIn(u"nobody"_s, u"x"_s), "Wrong login or password.");
    CHECK(r.count(u"SELECT count(*) FROM audit_log WHERE action = 'user.sign_in_failed' AND subject LIKE 'unknown login #%'"_s) == 1);
    // Disabled accounts cannot sign in.
    users.setActive(admin, u"wangfang"_s, false);
    REQUIRE_THROWS_AS(signIn.signIn(u"wangfang"_s, u"clerk-pass-1"_s), Error);
    CHECK(AuditLog::verify(r.database->connection()).isEmpty());
}

TEST_CASE("an unknown login takes a password check's time and is not kept as typed", "[users][signin]")
{
    Register r;
    UserRepository users(*r.database, r.clock);
    const UserAccount admin = users.createFirstAdministrator(u"admin"_s, {}, u"chosen-pass-1"_s);
    users.create(admin, u"wangfang"_s, {}, { Role::Clerk }, u"clerk-pass-1"_s);
    SignIn signIn(*r.database, r.clock);
    const auto seconds = [&](const QString& login) {
        QElapsedTimer timer;
        timer.start();
        REQUIRE_THROWS_AS(signIn.signIn(login, u"not-the-password"_s), Error);
        return timer.nsecsElapsed() / 1e9;
    };
    // The faster of two tries each, so a busy machine does not decide.
    const double known = std::min(seconds(u"wangfang"_s), seconds(u"wangfang"_s));
    const double unknown = std::min(seconds(u"nobody-1"_s), seconds(u"nobody-2"_s));
    INFO("known login " << known << " s, unknown " << unknown << " s");
    CHECK(unknown >= 0.7 * known);

    // A password typed into the login field is not readable from the append-only log; the
    // same mistyped login twice is still seen as the same.
    const QString password = u"Secret-Password-2026"_s;
    REQUIRE_THROWS_AS(signIn.signIn(password, u"x"_s), Error);
    REQUIRE_THROWS_AS(signIn.signIn(password, u"y"_s), Error);
    CHECK(r.count(u"SELECT count(*) FROM audit_log WHERE actor LIKE '%Secret%' OR subject LIKE '%Secret%' "
                  u"OR details LIKE '%Secret%'"_s)
        == 0);
    const QSqlDatabase db = r.database->connection();
    QSqlQuery q = sql::run(db,
        u"SELECT subject FROM audit_log WHERE action = 'user.sign_in_failed' ORDER BY id DESC LIMIT 2"_s);
    QStringList subjects;
    while (sql::next(q))
        subjects << q.value(0).toString();
    REQUIRE(subjects.size() == 2);
    CHECK(subjects[0] == subjects[1]);
    CHECK(subjects[0].startsWith(u"unknown login #"));
    CHECK(AuditLog::verify(db).isEmpty());
}
