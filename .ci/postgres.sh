#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL server on a Debian machine, creates the test role and
# database, and prints the line `export LAGEBILD_TEST_POSTGRES=...` for the store tests.
# Run as root, non-interactive, idempotent: safe when PostgreSQL is already installed or running.
# Usage: eval "$(.ci/postgres.sh | tail -n 1)"
set -euo pipefail

PGUSER_NAME="${LAGEBILD_PG_USER:-lagebild}"
PGPASS="${LAGEBILD_PG_PASSWORD:-lagebild}"
PGDB="${LAGEBILD_PG_DB:-lagebild_test}"
PGPORT="${LAGEBILD_PG_PORT:-5432}"

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
BIN="/usr/lib/postgresql/${VERSION}/bin"

if command -v pg_lsclusters >/dev/null 2>&1; then
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${VERSION} main$"; then
    log "creating cluster ${VERSION}/main"
    pg_createcluster "${VERSION}" main --port "${PGPORT}" >&2
  fi
  if ! pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $4}' | grep -q online; then
    log "starting cluster ${VERSION}/main"
    pg_ctlcluster "${VERSION}" main start >&2
  fi
  PGPORT="$(pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $3}')"
else
  DATA=/var/lib/postgresql/lagebild-data
  if [ ! -f "${DATA}/PG_VERSION" ]; then
    install -d -o postgres -g postgres "${DATA}"
    su postgres -c "${BIN}/initdb -D ${DATA} -A trust" >&2
  fi
  if ! su postgres -c "${BIN}/pg_ctl -D ${DATA} status" >/dev/null 2>&1; then
    su postgres -c "${BIN}/pg_ctl -D ${DATA} -o '-p ${PGPORT}' -l ${DATA}/server.log -w start" >&2
  fi
fi

for _ in $(seq 1 30); do
  if su postgres -c "psql -p ${PGPORT} -Atqc 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

psql_admin() { su postgres -c "psql -p ${PGPORT} -v ON_ERROR_STOP=1 -Atq $*"; }

if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='${PGUSER_NAME}'\"")" != "1" ]; then
  log "creating role ${PGUSER_NAME}"
  psql_admin "-c \"create role ${PGUSER_NAME} login createdb password '${PGPASS}'\""
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname='${PGDB}'\"")" != "1" ]; then
  log "creating database ${PGDB}"
  psql_admin "-c \"create database ${PGDB} owner ${PGUSER_NAME}\""
fi

echo "export LAGEBILD_TEST_POSTGRES='Host=localhost;Port=${PGPORT};Database=${PGDB};Username=${PGUSER_NAME};Password=${PGPASS}'"
