#!/usr/bin/env bash
# Runs the official MCP conformance suite (server mode) against a real `shortlist serve`, for the
# scenarios that apply to a server like ours (the others expect the suite's own test tools).
# The suite needs Node 22 (fs.globSync); `npx -p node@22` provides it without a system install.
# Results go to test/artifacts/conformance/ and are printed, so CI keeps them in its output.
# The server is the one MCP_URL names (CI's checks start one for this and the Inspector check),
# else one started here on a fresh index (start_fresh_server in serve-background.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS=(server-initialize ping tools-list resources-list logging-set-level dns-rebinding-protection)
out=test/artifacts/conformance
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
server_pid=''

source .ci/serve-background.sh
trap 'stop_server; rm -rf "$work"' EXIT
if [ -n "${MCP_URL:-}" ]; then url=$MCP_URL; else start_fresh_server; fi

# One npx for all the scenarios: each npx costs a second or two of CPU to start npm and resolve
# the packages, for the same answer every time.
failed=0
npx -y -p node@22 -p @modelcontextprotocol/conformance -- bash -c '
  failed=0
  for scenario in "${@:3}"; do
    echo "-- $scenario"
    conformance server --url "$1" --scenario "$scenario" -o "$2" 2>&1 || failed=1
  done
  exit "$failed"' conformance "$url" "$out" "${SCENARIOS[@]}" 2>&1 | grep -v '^npm warn' || failed=1

echo "-- result files ($out)"
find "$out" -type f | sort | while read -r file; do
  echo "== $file"
  cat "$file"
  echo
done
exit "$failed"
