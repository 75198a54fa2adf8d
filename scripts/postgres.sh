#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the consent-log's tests and benchmark: `start` creates one in
# a temporary folder on a local port and prints its DATABASE_URL; `stop` stops it and removes it.
# Uses Debian's `postgresql` package (.ci/run installs it when missing). Listens on a Unix socket
# and 127.0.0.1 only.
#   scripts/postgres.sh start [port]   -> prints postgres://...
#   scripts/postgres.sh stop  [port]
set -euo pipefail
port="${2:-55432}"
dir="/tmp/consent-log-postgres-$port"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then "$0" stop "$port"; fi
    rm -rf "$dir" && mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U consent_log --auth=trust --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U consent_log consent_log
    echo "postgres://consent_log@127.0.0.1:$port/consent_log"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [port]" >&2
    exit 2
    ;;
esac
