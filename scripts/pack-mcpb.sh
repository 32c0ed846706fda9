#!/usr/bin/env bash
# Builds shortlist.mcpb for Claude Desktop from the same files as the npm package: `npm pack`
# (which builds dist/ and the widget), unpacked beside manifest.json with only the production
# dependencies that package-lock.json pins (no tsx, esbuild or vite), checked against the code,
# and packed with @anthropic-ai/mcpb. The server runs as the manifest says: node dist/src/cli.js
# stdio.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-shortlist.mcpb}")
stage=.mcpb-build

# manifest.json's tools against the code; `mcpb pack` below validates the rest of it. CI's checks
# set MANIFEST_CHECKED=1: beside them, CI's test runs check the same (test/unit/manifest.test.ts).
if [ "${MANIFEST_CHECKED:-}" != 1 ]; then node --import tsx scripts/manifest.ts --check; fi
rm -rf "$stage"
mkdir -p "$stage"
# SHORTLIST_TARBALL: a tarball that `npm pack` has just made of this checkout (CI's package check).
tarball=${SHORTLIST_TARBALL:-$stage/$(npm pack --silent --pack-destination "$stage" | tail -1)}
tar -xzf "$tarball" -C "$stage" --strip-components=1
[ -n "${SHORTLIST_TARBALL:-}" ] || rm "$tarball"
cp manifest.json package-lock.json "$stage"/
# Optional peers (react for ext-apps' client side, pg-cloudflare) are never loaded by the server.
# The packages come from this checkout's node_modules when it holds exactly the locked versions
# (after `npm ci`, as in CI), else from `npm ci` in the stage: the same tree either way.
copied=0
node scripts/copy-production-deps.mjs "$stage" || copied=$?
if [ "$copied" = 3 ]; then
  (cd "$stage" && npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
elif [ "$copied" != 0 ]; then
  exit "$copied"
fi
# Source maps and type declarations of the dependencies are for their developers, and npm's record
# of its install (written by `npm ci` only) for npm: none is read at run time.
printf '%s\n' '*.map' '*.d.ts' '*.d.mts' '*.d.cts' 'node_modules/.package-lock.json' >"$stage/.mcpbignore"
for dev in tsx esbuild vite typescript react; do
  [ ! -e "$stage/node_modules/$dev" ] || { echo "$dev is in the bundle" >&2; exit 1; }
done
[ -f "$stage/dist/widget/shortlist.html" ] || { echo "the bundle has no built widget" >&2; exit 1; }
node_modules/.bin/mcpb pack "$stage" "$out"
echo "Built $out: $(du -k "$out" | cut -f1) kB packed, $(du -sk "$stage" | cut -f1) kB and $(find "$stage" -type f | wc -l) files unpacked"
rm -rf "$stage"
