#!/usr/bin/env bash
# The package as a user installs it: `npm pack`, install the tarball into an empty folder without
# dev dependencies, then with plain node (no tsx): `shortlist import` the sample, search over stdio
# with a real MCP client and read the widget, and start `shortlist serve` and ask its /healthz.
# CI's checks keep the installed package (INSTALL_OUT) and start its `shortlist serve` themselves,
# later: one server answers /healthz, the conformance suite and the Inspector (checks.sh).
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
# CI's bundle check (mcpb.sh) packs the bundle from this tarball instead of running npm pack again.
if [ -n "${TARBALL_OUT:-}" ]; then cp "$work/$tarball" "$TARBALL_OUT"; fi
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
# The `shortlist` command that npm linked from the package's bin, as a user's shell finds it.
node_modules/.bin/shortlist import "$pkg/fixtures/sample.jsonl"
# CI's bundle check (mcpb.sh) starts its server on a copy of this index, made here while no process
# holds it, instead of paying for a fresh embedded database and import again.
if [ -n "${SAMPLE_INDEX_OUT:-}" ]; then cp -r "$SHORTLIST_DATA_DIR" "$SAMPLE_INDEX_OUT"; fi
cp "$root/.ci/stdio-client.mjs" .
node stdio-client.mjs 'lead generation' -- node "$pkg/dist/src/cli.js" stdio
if [ -n "${INSTALL_OUT:-}" ]; then
  mv "$work/app" "$INSTALL_OUT"
  exit 0
fi

# The installed package's own CLI with plain node (not npx, so that cleanup stops the server).
serve_cli="node $pkg/dist/src/cli.js"
source "$root/.ci/serve-background.sh"
start_server
check_healthz
