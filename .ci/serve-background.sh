# Sourced by the CI scripts that need a running `shortlist serve`: start_server VAR=VALUE...
# starts it on a free loopback port with that environment and sets $url to its MCP endpoint;
# $server_pid and $work must be set by the caller (its cleanup stops the server). The server is
# this checkout's CLI ($checkout_cli), or $serve_cli when the caller sets it (an installed
# package's `node .../dist/src/cli.js`). start_fresh_server starts one on an index of its own,
# and stop_server stops it and drops that index.
# In CI, `npm ci` has just built dist/ from this checkout (prepare): its compiled CLI starts with
# a second or two less CPU than src/ under tsx.
if [ "${CI:-}" = true ] && [ -f dist/src/cli.js ]; then
  checkout_cli='node dist/src/cli.js'
else
  checkout_cli='node --import tsx src/cli.ts'
fi
start_server() {
  # env execs node itself, so $server_pid is the server and the caller's cleanup really stops it
  # (through npx it would be npx, and the server would outlive the script).
  # shellcheck disable=SC2086 # $serve_cli is a command and its arguments
  env "$@" ${serve_cli:-$checkout_cli} serve --port 0 >"$work/stdout" 2>"$work/stderr" &
  server_pid=$!
  url=''
  for _ in $(seq 1 240); do
    url=$(grep -soE 'http://127\.0\.0\.1:[0-9]+/mcp' "$work/stdout" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; echo "server exited" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { cat "$work/stderr" >&2; echo "server did not start" >&2; exit 1; }
  echo "server: $url"
}

# A fresh database on the Postgres server that TEST_DATABASE_URL names (migrated on start, no
# profiles), else the embedded database in $work holding the sample, which is quicker than the demo
# index that serve seeds into an empty one.
start_fresh_server() {
  local env_vars=(AUTH_MODE=none LOG_LEVEL=warn)
  if [ -n "${TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
    fresh_db="shortlist_ci_$$"
    psql "$TEST_DATABASE_URL" -qc "create database $fresh_db" >/dev/null
    env_vars+=(DATABASE_URL="${TEST_DATABASE_URL%/*}/$fresh_db")
  else
    env_vars+=(SHORTLIST_DATA_DIR="$work/pglite")
    # shellcheck disable=SC2086 # $serve_cli and $checkout_cli are a command and its arguments
    env "${env_vars[@]}" ${serve_cli:-$checkout_cli} import fixtures/sample.jsonl >/dev/null
  fi
  start_server "${env_vars[@]}"
}
# The running server's health endpoint answers 200.
check_healthz() {
  node -e 'fetch(process.argv[1]).then(async (r) => { if (!r.ok) throw new Error(`${r.status}`); console.log(`serve: ${process.argv[1]} answers ${r.status}`); })' "${url%/mcp}/healthz"
}
stop_server() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  server_pid=''
  if [ -n "${fresh_db:-}" ]; then
    psql "$TEST_DATABASE_URL" -qc "drop database if exists $fresh_db with (force)" >/dev/null 2>&1 || true
  fi
  fresh_db=''
}
