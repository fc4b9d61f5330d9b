#!/usr/bin/env bash
# A local PostgreSQL for the storage tests, on a fresh Debian machine as root (CI) or a developer's machine.
# Installs Debian's postgresql when missing, starts its cluster, creates the role and database juesuan/juesuan_test
# (idempotent), and prints the connection string on stdout — and only that; progress goes to stderr. Use:
#
#   DATABASE_URL="$(bash scripts/ci-postgres.sh)" && export DATABASE_URL
#   npx vitest run src/store        # the storage suite then also runs against PostgreSQL
#
# Exits non-zero (printing nothing on stdout) when PostgreSQL cannot be set up.
set -euo pipefail
exec 3>&1 1>&2

ROLE=juesuan
PASSWORD=juesuan
DATABASE=juesuan_test

if [ "$(id -u)" -ne 0 ]; then
  echo "ci-postgres: must run as root (apt-get, pg_ctlcluster)" >&2
  exit 1
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "ci-postgres: installing Debian's postgresql …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

VERSION=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  echo "ci-postgres: creating cluster $VERSION/main …"
  pg_createcluster "$VERSION" main </dev/null >/dev/null 3>&-
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  echo "ci-postgres: starting cluster $VERSION/main …"
  # The server outlives this script: it must not inherit our stdout (fd 3, read by the caller's $(…)) or stderr,
  # or the caller would wait for it forever.
  log=$(mktemp)
  if ! pg_ctlcluster "$VERSION" main start </dev/null >"$log" 2>&1 3>&-; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$log"
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT"

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qAt $*"; }
psql_admin "-c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'; END IF; END \\\$\\\$;\""
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DATABASE'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $DATABASE OWNER $ROLE\""
fi

URL="postgres://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE"
PGPASSWORD=$PASSWORD psql -h 127.0.0.1 -p "$PORT" -U "$ROLE" -d "$DATABASE" -qAt -c 'select 1' >/dev/null
echo "ci-postgres: PostgreSQL $VERSION ready at 127.0.0.1:$PORT/$DATABASE"
echo "$URL" >&3
