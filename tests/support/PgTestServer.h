#pragma once

#include <QString>

// The throw-away PostgreSQL cluster ctest starts for the tests that need one
// (tests/pg/test-cluster.sh, the `pg` fixture).
namespace ogi::test {

// postgresql://ogi_test@127.0.0.1:PORT/postgres of the running test cluster. Fails the test
// with what to run when there is none (a test binary started outside ctest).
QString pgTestServerUrl();

// A new, empty database on the test cluster, named after `purpose` and unique to this call;
// its postgresql:// address.
QString createPgTestDatabase(const QString& purpose);

// A local port nothing listens on (for "cannot be reached").
int unusedLocalPort();

} // namespace ogi::test
