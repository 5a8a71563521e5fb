#include "PgTestServer.h"

#include "TestFiles.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ogi::test {

QString pgTestServerUrl()
{
    // Where ctest's `pg` fixture writes the address; OGI_PG_TEST_STATE for a cluster started by hand.
    const QString state = qEnvironmentVariableIsSet("OGI_PG_TEST_STATE") ? qEnvironmentVariable("OGI_PG_TEST_STATE")
                                                                          : QStringLiteral(OGI_PG_TEST_STATE_DIR);
    const QString urlFile = QDir(state).filePath(u"url"_s);
    INFO(urlFile.toStdString() << " is missing: run the test under ctest (it starts the cluster), or start one with "
                                  "tests/pg/test-cluster.sh start " << state.toStdString());
    REQUIRE(QFile::exists(urlFile));
    const QString url = QString::fromUtf8(readBytes(urlFile)).trimmed();
    REQUIRE(url.startsWith(u"postgresql://"_s));
    return url;
}

namespace {
    // `statements` run one after another on a connection to the cluster's `postgres` database.
    void onAdminConnection(const std::function<void(QSqlQuery&)>& statements)
    {
        onRawConnection(pgTestServerUrl(), statements);
    }

    // A database name unique to this call: the purpose's letters and digits, the process, a count.
    QString uniqueName(const QString& purpose)
    {
        static QAtomicInt counter;
        QString letters;
        for (const QChar c : purpose.toLower())
            letters += (c.isLetterOrNumber() && c.unicode() < 128) ? c : u'_';
        return u"t_%1_%2_%3"_s.arg(letters.left(30))
            .arg(QCoreApplication::applicationPid())
            .arg(counter.fetchAndAddRelaxed(1));
    }

    QString addressOf(const QString& name)
    {
        QUrl url(pgTestServerUrl());
        url.setPath(u"/"_s + name);
        return url.toString();
    }
} // namespace

QString createPgTestDatabase(const QString& purpose)
{
    const QString name = uniqueName(purpose);
    onAdminConnection([&](QSqlQuery& query) { execOrFail(query, u"CREATE DATABASE \"%1\""_s.arg(name)); });
    return addressOf(name);
}

QString createPgTestDatabaseFrom(const QString& purpose, const QString& templateName,
    const std::function<void(const QString& address)>& build)
{
    const QString name = uniqueName(purpose);
    onAdminConnection([&](QSqlQuery& query) {
        // A session lock named after the template: one process builds it, the others wait.
        execOrFail(query, u"SELECT pg_advisory_lock(hashtext('%1'))"_s.arg(templateName));
        execOrFail(query, u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(templateName));
        if (!query.next()) {
            const QString building = uniqueName(u"building"_s);
            execOrFail(query, u"CREATE DATABASE \"%1\""_s.arg(building));
            build(addressOf(building));
            execOrFail(query, u"ALTER DATABASE \"%1\" RENAME TO \"%2\""_s.arg(building, templateName));
        }
        execOrFail(query, u"SELECT pg_advisory_unlock(hashtext('%1'))"_s.arg(templateName));
        execOrFail(query, u"CREATE DATABASE \"%1\" TEMPLATE \"%2\""_s.arg(name, templateName));
    });
    return addressOf(name);
}

int unusedLocalPort()
{
    // A port the kernel hands out is free; closed again at once, nothing listens on it.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), size) == 0);
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0);
    ::close(fd);
    return ntohs(address.sin_port);
}

} // namespace ogi::test
