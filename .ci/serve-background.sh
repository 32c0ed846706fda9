# Sourced by the CI scripts that need a running `shortlist serve`: start_server VAR=VALUE...
# starts it on a free loopback port with that environment and sets $url to its MCP endpoint;
# $server_pid and $work must be set by the caller (its cleanup stops the server). The server is
# this checkout's CLI ($checkout_cli), or $serve_cli when the caller sets it (an installed
# package's `node .../dist/src/cli.js`).
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
    url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/mcp' "$work/stdout" | head -1 || true)
    [ -n "$url" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; echo "server exited" >&2; exit 1; }
    sleep 0.5
  done
  [ -n "$url" ] || { cat "$work/stderr" >&2; echo "server did not start" >&2; exit 1; }
  echo "server: $url"
}
