#include "RegisterLocation.h"

#include "Error.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ogi {

namespace {
    struct Tr
    {
        Q_DECLARE_TR_FUNCTIONS(ogi::RegisterLocation)
    };

    const QStringList& knownOptions()
    {
        static const QStringList names { u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
            u"connect_timeout"_s, u"application_name"_s };
        return names;
    }

    [[noreturn]] void refuse(const QString& text, const QString& why)
    {
        throw Error(ErrorCode::InvalidInput, Tr::tr("The register address %1 is not usable: %2").arg(text, why));
    }
} // namespace

RegisterLocation RegisterLocation::parse(const QString& text)
{
    RegisterLocation location;
    if (!text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        && !text.startsWith(u"postgres://"_s, Qt::CaseInsensitive)) {
        location.filePath = text;
        return location;
    }
    location.engine = StorageEngine::Postgresql;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        refuse(text, url.errorString());
    if (!url.password().isEmpty())
        refuse(u"postgresql://%1@%2/…"_s.arg(url.userName(), url.host()),
            Tr::tr("it holds a password. Leave it out: OGI Desk reads it from ~/.pgpass or the environment "
                   "variable OGI_DB_PASSWORD."));
    location.host = url.host();
    if (location.host.isEmpty())
        refuse(text, Tr::tr("it names no server (postgresql://user@host:port/database)."));
    if (url.port() == 0 || url.port() > 65535)
        refuse(text, Tr::tr("the port must be a number from 1 to 65535."));
    if (url.port() > 0)
        location.port = url.port();
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(u'/'))
        refuse(text, Tr::tr("it names no database after the server (postgresql://user@host:port/database)."));
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions().contains(name))
            refuse(text, Tr::tr("the option “%1” is not one OGI Desk passes on (%2).").arg(name, knownOptions().join(u", ")));
        if (name == u"sslmode"
            && !QStringList { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s }
                    .contains(value))
            refuse(text, Tr::tr("sslmode must be disable, allow, prefer, require, verify-ca or verify-full, not “%1”.")
                             .arg(value));
        location.options.append({ name, value });
    }
    return location;
}

QString RegisterLocation::display() const
{
    if (engine == StorageEngine::Sqlite)
        return filePath;
    return u"postgresql://%1%2:%3/%4"_s.arg(user.isEmpty() ? QString() : user + u'@', host).arg(port).arg(database);
}

} // namespace ogi
