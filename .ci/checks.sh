#!/usr/bin/env bash
# The CI checks other than the test suite, one after another; .ci/run starts them beside the tests
# (with CI=true and TEST_DATABASE_URL set, after `npm ci`). Also runnable alone.
set -euo pipefail
cd "$(dirname "$0")/.."
# Times count from the start of CI when .ci/run passes it.
SECONDS=${CI_SECONDS:-0}
source .ci/scratch.sh
# CPU is this script's and its children's, user plus system, from bash's `times` (children count
# once they end): on a shared machine it is the steadier figure. `times` runs in this shell, not
# in a $(...) subshell, which would report its own zero.
cpu_file=$(mktemp)
# This script's own temporary files, and the server it starts for the MCP clients (last steps).
work=$(mktemp -d)
server_pid=''
source .ci/serve-background.sh
trap 'stop_server; rm -rf "$work" "$cpu_file"' EXIT
cpu_seconds() {
  times >"$cpu_file"
  cpu=$(awk 'NR == 2 { gsub(/s/, ""); split($1, u, "m"); split($2, s, "m"); printf "%d", u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$cpu_file")
}
step() {
  cpu_seconds
  printf '\n== %s (at %d s, CPU %d s)\n' "$*" "$SECONDS" "$cpu"
}

step "Node 22 and 24 for the later steps, fetched while the tests run"
npx -y -p node@22 -- node --version
npx -y -p node@24 -- node --version

step "lint"
npm run lint

# package.json's typecheck, each compiler run on one thread and without Go's garbage collector
# (a run peaks at about 0.5 GB): beside the tests more threads buy no time, and each checker
# thread repeats part of the work. Less than half the CPU, the same diagnostics.
step "type-check"
typecheck=$(node -p 'require("./package.json").scripts.typecheck.replaceAll("/bin/tsc ", "/bin/tsc --singleThreaded ")')
GOGC=off bash -c "$typecheck"

step "generated schemas match the code"
# shellcheck disable=SC2086 # $checkout_cli is a command and its arguments (serve-background.sh)
$checkout_cli schemas --check

# pack.sh keeps its tarball and the sample index it imports with the installed package for the
# bundle check, which packs from the one and starts the bundle's server on a copy of the other;
# and the installed package, whose `shortlist serve` the MCP clients use (last steps).
sample_index="$work/sample-index"
tarball="$work/shortlist.tgz"
install="$work/install"
step "npm pack: the tarball installs without dev dependencies and runs with plain node"
TARBALL_OUT=$tarball SAMPLE_INDEX_OUT=$sample_index INSTALL_OUT=$install bash .ci/pack.sh

# CI (.ci/run) lets the last steps start only once its first test run has ended: they fill the
# cores beside the second one.
if [ -n "${CHECKS_GATE:-}" ]; then
  step "waiting for the first test run to end"
  while [ ! -e "$CHECKS_GATE" ]; do sleep 1; done
fi

# `mcpb pack` validates the manifest. Its tools are checked against the code by
# scripts/manifest.ts --check, which pack-mcpb.sh runs unless MANIFEST_CHECKED=1: when CI (.ci/run)
# runs these checks, its test runs check the same (test/unit/manifest.test.ts).
manifest_checked=''
if [ -n "${CHECKS_GATE:-}" ]; then manifest_checked=1; fi
step "MCPB manifest valid and matching the code; the bundle unpacked, its server started as manifest.json says, serving the widget"
MANIFEST_CHECKED=$manifest_checked SHORTLIST_TARBALL=$tarball SAMPLE_INDEX=$sample_index bash .ci/mcpb.sh
rm -rf "$sample_index" "$tarball"

# One server, the installed package's, for its /healthz and both MCP clients: each more would
# cost its own start and index.
step "the installed package's shortlist serve on a fresh index: /healthz, then the MCP conformance suite and MCP Inspector"
serve_cli="node $install/node_modules/shortlist/dist/src/cli.js"
start_fresh_server
check_healthz

step "MCP conformance suite (server mode, Node 22) against that shortlist serve"
MCP_URL=$url bash .ci/conformance.sh

step "MCP Inspector CLI lists the tools and the widget resource of that shortlist serve"
MCP_URL=$url bash .ci/inspector.sh
stop_server

cpu_seconds
rm -f "$cpu_file"
printf '\n== checks passed in %d s, CPU %d s\n' "$SECONDS" "$cpu"
