#!/usr/bin/env bash
# Installs and starts what the full test suite talks to besides Python: a PostgreSQL server
# (the store's second backend) and Chromium (the web UI's browser tests), from Debian's
# packages. Prints the environment the tests read; use as: eval "$(scripts/ci-services.sh)".
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
{
    need=()
    command -v chromium >/dev/null || need+=(chromium)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
    if [ ${#need[@]} -gt 0 ]; then
        apt-get update -qq
        apt-get install -y -qq "${need[@]}" >/dev/null
    fi
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    data=${DYAD_PGDATA:-/tmp/dyad-pgdata}
    port=${DYAD_PGPORT:-55432}
    if ! su postgres -c "$bin/pg_ctl -D $data status" >/dev/null 2>&1; then
        rm -rf "$data"
        mkdir -p "$data" && chown postgres "$data"
        su postgres -c "$bin/initdb -D $data -A trust -U postgres" >/dev/null
        su postgres -c "$bin/pg_ctl -D $data -l $data/log -w -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' start" >/dev/null
    fi
    psql -h 127.0.0.1 -p "$port" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='dyad_test'" | grep -q 1 \
        || psql -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE dyad_test" >/dev/null
} >&2
echo "export DYAD_TEST_POSTGRES=postgresql://postgres@127.0.0.1:${DYAD_PGPORT:-55432}/dyad_test"
echo "export DYAD_TEST_CHROMIUM=$(command -v chromium)"
