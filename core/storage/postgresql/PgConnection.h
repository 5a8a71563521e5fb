#pragma once

#include "storage/RegisterLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace ogi {

// Opens a QPSQL connection named `connectionName` to the PostgreSQL register at `location`
// (issue 19). The password is `password` when given, else the environment variable
// OGI_DB_PASSWORD, else none: libpq then reads ~/.pgpass (or the server asks for none).
// TLS as the address's sslmode says (verify-full checks the server's certificate and name
// against sslrootcert). An unanswered server gives up after connect_timeout (10 s unless the
// address says otherwise).
//
// Throws Error naming the server and what is wrong, in words a clerk can act on: the QPSQL
// driver missing (Storage), the server not reached (Network), TLS refused or the certificate
// not trusted (Network), a password needed (PasswordNeeded) or wrong (Refused), the database missing
// (NotFound). Nothing is left open when it throws.
QSqlDatabase openPostgresql(const RegisterLocation& location, const QString& connectionName,
    const QString& password = QString());

} // namespace ogi
