#include "PgConnection.h"

#include "Error.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::PgConnection)
    };

    QString connectOptions(const RegisterLocation& location)
    {
        QStringList parts;
        bool timeout = false;
        for (const auto& [name, value] : location.options) {
            parts << name + u'=' + value;
            timeout = timeout || name == u"connect_timeout";
        }
        if (!timeout)
            parts << u"connect_timeout=10"_s;
        if (std::none_of(location.options.cbegin(), location.options.cend(),
                [](const auto& option) { return option.first == u"application_name"; }))
            parts << u"application_name=ogi-desk"_s;
        return parts.join(u';');
    }

    // libpq's English text, read for the cases a person can do something about.
    [[noreturn]] void refuse(const RegisterLocation& location, const QString& libpqText)
    {
        const QString where = location.display();
        const QString text = libpqText.simplified();
        const auto has = [&](const char* part) { return text.contains(QLatin1String(part), Qt::CaseInsensitive); };
        if (has("no password supplied") || has("password authentication failed")) {
            throw Error(has("no password supplied") ? ErrorCode::PasswordNeeded : ErrorCode::Refused,
                has("no password supplied")
                    ? Tr::tr("The server of %1 needs a password for %2: put it in ~/.pgpass or the environment "
                             "variable OGI_DB_PASSWORD.")
                          .arg(where, location.user.isEmpty() ? Tr::tr("this user") : location.user)
                    : Tr::tr("The server of %1 refused the password of %2.")
                          .arg(where, location.user.isEmpty() ? Tr::tr("this user") : location.user));
        }
        if (has("does not exist") && has("database"))
            throw Error(ErrorCode::NotFound,
                Tr::tr("The server of %1 has no database “%2”. Check the name, or create it on the server "
                       "(packaging/server-setup.sh).")
                    .arg(where, location.database));
        if (has("ssl") || has("certificate"))
            throw Error(ErrorCode::Network,
                Tr::tr("The secure connection (TLS) to %1 failed: %2. With sslmode=verify-full the server's "
                       "certificate must be signed by the sslrootcert file and carry the server's name.")
                    .arg(where, text));
        if (has("connection refused") || has("could not connect") || has("could not translate host name")
            || has("timeout expired") || has("no route to host") || has("network is unreachable"))
            throw Error(ErrorCode::Network,
                Tr::tr("The server of %1 cannot be reached: %2. Check that it is running and that this desk may "
                       "reach it (the network, the server's firewall and pg_hba.conf).")
                    .arg(where, text));
        throw Error(ErrorCode::Network, Tr::tr("Could not open %1: %2").arg(where, text));
    }
} // namespace

QSqlDatabase openPostgresql(const RegisterLocation& location, const QString& connectionName, const QString& password)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw Error(ErrorCode::Storage,
            Tr::tr("This installation cannot open %1: Qt's PostgreSQL driver (QPSQL, Debian package "
                   "libqt6sql6-psql) is missing.")
                .arg(location.display()));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        if (!location.user.isEmpty())
            db.setUserName(location.user);
        const QString given = password.isEmpty() ? qEnvironmentVariable("OGI_DB_PASSWORD") : password;
        if (!given.isEmpty())
            db.setPassword(given);
        db.setConnectOptions(connectOptions(location));
        if (db.open())
            return db;
        error = db.lastError().databaseText().isEmpty() ? db.lastError().text() : db.lastError().databaseText();
    }
    QSqlDatabase::removeDatabase(connectionName);
    refuse(location, error);
}

} // namespace ogi
