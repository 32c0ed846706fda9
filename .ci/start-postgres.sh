#!/usr/bin/env bash
# Starts a throwaway Postgres server on a free loopback port, as the postgres user, and prints
# its DATABASE_URL. Installs Debian's postgresql first when pg_ctl is missing.
set -euo pipefail
if ! command -v pg_ctl >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin=$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")")
dir=${PGTEST_DIR:-/tmp/shortlist-pg}
port=${PGTEST_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
if [ -f "$dir/postmaster.pid" ]; then
  # A server already running here on the port asked for is reused: others may be using it (the
  # shared Postgres of a session), so it is never wiped under them. Without a port (CI), a fresh one.
  running=$(sed -n 4p "$dir/postmaster.pid")
  if [ -n "${PGTEST_PORT:-}" ] && [ "$running" = "$PGTEST_PORT" ] &&
    su postgres -c "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
    echo "postgres://postgres@127.0.0.1:$running/shortlist"
    exit 0
  fi
  su postgres -c "$bin/pg_ctl -D $dir -m fast stop" >&2 || true
fi
rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
su postgres -c "$bin/initdb -D $dir -A trust -U postgres --no-sync" >/dev/null
cat >>"$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 512MB
work_mem = 32MB
maintenance_work_mem = 512MB
max_connections = 200
CONF
su postgres -c "$bin/pg_ctl -D $dir -l $dir/server.log -w start" >&2
su postgres -c "$bin/createdb -h 127.0.0.1 -p $port shortlist" >&2
echo "postgres://postgres@127.0.0.1:$port/shortlist"
