#!/usr/bin/env bash
# Builds shortlist.mcpb for Claude Desktop from the same files as the npm package: `npm pack`
# (which builds dist/ and the widget), unpacked beside manifest.json with only the production
# dependencies (no tsx, esbuild or vite), checked against the code, and packed with
# @anthropic-ai/mcpb. The server runs as the manifest says: node dist/src/cli.js stdio.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-shortlist.mcpb}")
stage=.mcpb-build

# manifest.json's tools against the code; `mcpb pack` below validates the rest of it.
npx tsx scripts/manifest.ts --check
rm -rf "$stage"
mkdir -p "$stage"
# SHORTLIST_TARBALL: a tarball that `npm pack` has just made of this checkout (CI's package check).
tarball=${SHORTLIST_TARBALL:-$stage/$(npm pack --silent --pack-destination "$stage" | tail -1)}
tar -xzf "$tarball" -C "$stage" --strip-components=1
[ -n "${SHORTLIST_TARBALL:-}" ] || rm "$tarball"
cp manifest.json package-lock.json "$stage"/
# Optional peers (react for ext-apps' client side, pg-cloudflare) are never loaded by the server.
(cd "$stage" && npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
# Source maps and type declarations of the dependencies are for their developers, not at run time.
printf '%s\n' '*.map' '*.d.ts' '*.d.mts' '*.d.cts' >"$stage/.mcpbignore"
for dev in tsx esbuild vite typescript react; do
  [ ! -e "$stage/node_modules/$dev" ] || { echo "$dev is in the bundle" >&2; exit 1; }
done
[ -f "$stage/dist/widget/shortlist.html" ] || { echo "the bundle has no built widget" >&2; exit 1; }
npx mcpb pack "$stage" "$out"
echo "Built $out: $(du -k "$out" | cut -f1) kB packed, $(du -sk "$stage" | cut -f1) kB and $(find "$stage" -type f | wc -l) files unpacked"
rm -rf "$stage"
