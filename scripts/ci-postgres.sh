#!/usr/bin/env bash
# Install Debian's PostgreSQL, start it and create the role and database that
# the PostgreSQL test suites use (src/store/postgres.test.ts, the worker crash
# test). Idempotent: safe to run on a machine where some or all of it is done.
# Run as root (CI machines start empty). Its only output on standard output is
# the line to evaluate (`eval "$(scripts/ci-postgres.sh)"`), everything else
# goes to standard error:
#   export NEWSGRAPH_TEST_PG=postgres://newsgraph:newsgraph@127.0.0.1:5432/newsgraph_test
set -euo pipefail
exec 3>&1 1>&2

ROLE=${NEWSGRAPH_PG_ROLE:-newsgraph}
PASSWORD=${NEWSGRAPH_PG_PASSWORD:-newsgraph}
DB=${NEWSGRAPH_PG_DB:-newsgraph_test}
PORT=${NEWSGRAPH_PG_PORT:-5432}

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster --port "$PORT" "$VERSION" main >/dev/null 3>&-
fi
if ! pg_lsclusters -h | awk '$1=="'"$VERSION"'" && $2=="main" {print $4}' | grep -qx online; then
  # The server is a daemon: it must not inherit fd 3, or a caller reading this
  # script's output through a pipe ("$(...)") waits for it forever.
  pg_ctlcluster "$VERSION" main start 3>&-
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT"

as_postgres() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qAt "$@"; }

as_postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB;
  END IF;
END \$\$;"
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" != "1" ]; then
  as_postgres -c "CREATE DATABASE $DB OWNER $ROLE"
fi

echo "export NEWSGRAPH_TEST_PG=postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DB" >&3
