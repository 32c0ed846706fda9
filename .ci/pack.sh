#!/usr/bin/env bash
# The package as a user installs it: `npm pack`, install the tarball into an empty folder without
# dev dependencies, then with plain node (no tsx): `shortlist import` the sample, search over stdio
# with a real MCP client and read the widget, and start `shortlist serve` and ask its /healthz.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# In CI, `npm ci` has just built dist/ and the widget (prepare): pack them without building again.
if [ "${CI:-}" = true ]; then export npm_config_ignore_scripts=true; fi
work=$(mktemp -d)
server_pid=''
cleanup() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

t0=$SECONDS
tarball=$(npm pack --silent --pack-destination "$work" | tail -1)
echo "tarball: $tarball, $(du -k "$work/$tarball" | cut -f1) kB, $(tar -tzf "$work/$tarball" | wc -l) files"
mkdir "$work/app"
cd "$work/app"
echo '{ "name": "shortlist-install-check", "private": true }' >package.json
npm install --omit=dev --no-audit --no-fund --loglevel=error "$work/$tarball" >/dev/null
echo "packed and installed in $((SECONDS - t0)) s"
pkg=node_modules/shortlist
for dev in tsx esbuild vite vitest typescript; do
  [ ! -e "node_modules/$dev" ] || { echo "dev dependency $dev was installed" >&2; exit 1; }
done
[ -f "$pkg/dist/widget/shortlist.html" ] || { echo "the tarball has no built widget" >&2; exit 1; }

export SHORTLIST_DATA_DIR="$work/pglite" LOG_LEVEL=warn AUTH_MODE=none
npx --no-install shortlist import "$pkg/fixtures/sample.jsonl"
cp "$root/.ci/stdio-client.mjs" .
node stdio-client.mjs 'lead generation' -- node "$pkg/dist/src/cli.js" stdio

# node itself, not npx, so that $server_pid is the server and cleanup stops it
node "$pkg/dist/src/cli.js" serve --port 0 >"$work/stdout" 2>"$work/stderr" &
server_pid=$!
url=''
for _ in $(seq 1 120); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+' "$work/stdout" | head -1 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/stderr" >&2; echo "serve exited" >&2; exit 1; }
  sleep 0.5
done
[ -n "$url" ] || { cat "$work/stderr" >&2; echo "serve did not start" >&2; exit 1; }
node -e 'fetch(process.argv[1]).then(async (r) => { if (!r.ok) throw new Error(`${r.status}`); console.log(`serve: ${process.argv[1]} answers ${r.status}`); })' "$url/healthz"
