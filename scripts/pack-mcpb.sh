#!/usr/bin/env bash
# Builds shortlist.mcpb for Claude Desktop: compiles to dist/, stages the bundle (manifest, build,
# fixtures, widget build, production node_modules) in .mcpb-build/, checks the manifest's tools
# against the code, and packs it with @anthropic-ai/mcpb.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-shortlist.mcpb}
stage=.mcpb-build

npx tsx scripts/manifest.ts --check
npx mcpb validate manifest.json
rm -rf dist "$stage"
npx tsc -p tsconfig.build.json
mkdir -p "$stage"
cp manifest.json package.json package-lock.json README.md "$stage"/
cp -r dist "$stage"/dist
# Runtime data is read relative to the compiled modules (dist/src/... -> dist/fixtures).
cp -r fixtures "$stage"/dist/fixtures
if [ -d widget/dist ]; then mkdir -p "$stage"/dist/widget && cp -r widget/dist "$stage"/dist/widget/dist; fi
(cd "$stage" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null)
npx mcpb pack "$stage" "$out"
rm -rf "$stage"
echo "Built $out"
