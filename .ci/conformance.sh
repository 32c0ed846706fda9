#!/usr/bin/env bash
# Runs the official MCP conformance suite (server mode) against a real `shortlist serve`: the
# scenarios that apply to a server like ours must pass (the others expect the suite's own tools).
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

# The suite runs all its active scenarios in one process (a start of the suite costs about a
# second of CPU, which a process per scenario paid six times). The scenarios above must pass;
# the others need the suite's own test tools, prompts and resources, which this server does not
# have, so its overall verdict is not ours: each of ours is read from its result file.
npx -y -p node@22 -p @modelcontextprotocol/conformance -- \
  conformance server --url "$url" -o "$work/results" >"$work/suite.log" 2>&1 || true
sed -n '/=== SUMMARY ===/,$p' "$work/suite.log"

failed=0
for scenario in "${SCENARIOS[@]}"; do
  result=$(find "$work/results" -path "*/server-$scenario-20*/checks.json" | head -1)
  if [ -z "$result" ]; then
    echo "$scenario: no result (was it renamed?)" >&2
    failed=1
    continue
  fi
  cp -r "$(dirname "$result")" "$out/"
  node -e 'const checks = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const count = (status) => checks.filter((c) => c.status === status).length;
    if (count("FAILURE") > 0 || count("SUCCESS") === 0) process.exit(1);' "$result" ||
    { echo "$scenario failed" >&2; failed=1; }
done
[ "$failed" = 0 ] || sed -n '1,/=== SUMMARY ===/p' "$work/suite.log"

echo "-- result files ($out)"
find "$out" -type f | sort | while read -r file; do
  echo "== $file"
  cat "$file"
  echo
done
exit "$failed"
