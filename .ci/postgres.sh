# Sourced by .ci/run: starts a throwaway PostgreSQL cluster on loopback for the store's
# contract tests, exports MLE_DRILL_TEST_PG_URL, and stops the cluster by its PID on exit.
# Installs Debian's postgresql package when the machine does not have it.

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
    done
    return 1
}

if ! PG_BIN=$(pg_bin); then
    echo "ci: installing postgresql (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    PG_BIN=$(pg_bin)
fi

PG_PORT=${MLE_DRILL_PG_PORT:-55433}
PG_DIR=$(mktemp -d /tmp/mle-drill-pg.XXXXXX)
chown postgres:postgres "$PG_DIR"
as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_postgres() {
    if [ -f "$PG_DIR/data/postmaster.pid" ]; then
        local pid
        pid=$(head -n 1 "$PG_DIR/data/postmaster.pid")
        kill -INT "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres mledrill
export MLE_DRILL_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mledrill?user=postgres"
echo "ci: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (pid $(head -n 1 "$PG_DIR/data/postmaster.pid"))"
