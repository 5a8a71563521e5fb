#pragma once

#include <QString>

#include <functional>

// The throw-away PostgreSQL cluster ctest starts for the tests that need one
// (tests/pg/test-cluster.sh, the `pg` fixture).
namespace ogi::test {

// postgresql://ogi_test@127.0.0.1:PORT/postgres of the running test cluster. Fails the test
// with what to run when there is none (a test binary started outside ctest).
QString pgTestServerUrl();

// A new, empty database on the test cluster, named after `purpose` and unique to this call;
// its postgresql:// address.
QString createPgTestDatabase(const QString& purpose);

// A new database on the test cluster that starts as a copy of the template `templateName`
// (CREATE DATABASE … TEMPLATE, a file copy on the server: cheaper than building it again).
// The first caller of a name builds the template with `build(address)`, into a database under
// another name that is renamed once built, under a lock: parallel test processes wait for it
// and never copy half a template.
QString createPgTestDatabaseFrom(const QString& purpose, const QString& templateName,
    const std::function<void(const QString& address)>& build);

// A local port nothing listens on (for "cannot be reached").
int unusedLocalPort();

} // namespace ogi::test
