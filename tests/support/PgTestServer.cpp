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

QString createPgTestDatabase(const QString& purpose)
{
    static QAtomicInt counter;
    const QString name = u"t_%1_%2_%3"_s.arg(purpose.toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QUrl url(pgTestServerUrl());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"pg-test-admin"_s);
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        REQUIRE(admin.open());
        QSqlQuery query(admin);
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(u"CREATE DATABASE \"%1\""_s.arg(name)));
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"pg-test-admin"_s);
    url.setPath(u"/"_s + name);
    return url.toString();
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
