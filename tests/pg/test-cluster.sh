#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests (issue 19): `start STATE_DIR` makes one in a
# temporary folder, owned by an unprivileged user (initdb refuses root), listening on a free
# local port, and writes STATE_DIR/url for the tests; `stop STATE_DIR` stops it and removes it.
# ctest runs start and stop as a fixture, so the cluster is stopped even when tests fail. No
# system service is used or needed.
set -euo pipefail
action=${1:?usage: test-cluster.sh start|stop STATE_DIR}
state=${2:?usage: test-cluster.sh start|stop STATE_DIR}
bin=/usr/lib/postgresql/15/bin
pguser=ogi-pgtest

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u "$pguser" -- "$@"; else "$@"; fi
}

stop() {
    [ -f "$state/cluster" ] || return 0
    local dir
    dir=$(cat "$state/cluster")
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/cluster" "$state/url"
}

case "$action" in
start)
    [ -x "$bin/initdb" ] || { echo "error: $bin/initdb not found: install postgresql-15 (packaging/install-deps.sh)" >&2; exit 1; }
    mkdir -p "$state"
    stop # one left by a run that was killed
    if [ "$(id -u)" -eq 0 ] && ! id "$pguser" >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$pguser"
    fi
    dir=$(mktemp -d /tmp/ogi-pg.XXXXXX)
    echo "$dir" > "$state/cluster"
    [ "$(id -u)" -eq 0 ] && chown "$pguser" "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U ogi_test --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    # One role signs in with a password (the password tests); every other connects on trust.
    as_owner sh -c "{ echo 'host all ogi_password 127.0.0.1/32 scram-sha-256'; cat '$dir/data/pg_hba.conf'; } \
        > '$dir/data/pg_hba.new' && mv '$dir/data/pg_hba.new' '$dir/data/pg_hba.conf'"
    # fsync off: the suite makes hundreds of databases, and no test crashes the machine, only
    # processes (a commit is written to the kernel before it is acknowledged either way).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off -c full_page_writes=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -qX -h "$dir" -p "$port" -U ogi_test -d postgres \
        -c "CREATE ROLE ogi_password LOGIN PASSWORD 'ogi-test-db-password'" >/dev/null \
        || { echo "error: could not create the role ogi_password" >&2; exit 1; }
    echo "postgresql://ogi_test@127.0.0.1:$port/postgres" > "$state/url"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir)"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: test-cluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
