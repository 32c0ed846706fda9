#!/usr/bin/env bash
# Starts a streaming replica of a running Postgres server: pg_basebackup -R (which writes the
# standby settings) into DIR, then the copy on PORT as a hot standby. Prints its DATABASE_URL.
# Usage: start-replica.sh PRIMARY_HOST PRIMARY_PORT DIR [PORT]. Run as root, like start-postgres.sh.
# The backup asks for an immediate checkpoint (-c fast): the default spread checkpoint paces its
# writes over most of checkpoint_timeout, minutes on a freshly seeded primary.
set -euo pipefail
host=$1 primary_port=$2 dir=$3
bin=$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")")
port=${4:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"; chmod 700 "$dir"
su postgres -c "$bin/pg_basebackup -h $host -p $primary_port -U postgres -D $dir -R -X stream -c fast --no-sync" >&2
cat >>"$dir/postgresql.auto.conf" <<CONF
port = $port
unix_socket_directories = '$dir'
hot_standby = on
CONF
su postgres -c "$bin/pg_ctl -D $dir -l $dir/server.log -w start" >&2
echo "postgres://postgres@127.0.0.1:$port/shortlist"
