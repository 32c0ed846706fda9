#!/usr/bin/env bash
# Runs the official MCP conformance suite (server mode) against a real `shortlist serve`, for the
# scenarios that apply to a server like ours (the others expect the suite's own test tools).
# The suite needs Node 22 (fs.globSync); `npx -p node@22` provides it without a system install.
# Results go to test/artifacts/conformance/ and are printed, so CI keeps them in its output.
# The server uses DATABASE_URL (a fresh database) when TEST_DATABASE_URL names a Postgres server,
# else the embedded database in a temporary folder (first start seeds the demo index).
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS=(server-initialize ping tools-list resources-list logging-set-level dns-rebinding-protection)
out=test/artifacts/conformance
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
server_pid=''

cleanup() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  if [ -n "${db_name:-}" ]; then psql "$TEST_DATABASE_URL" -qc "drop database if exists $db_name with (force)" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

env_vars=(SHORTLIST_DATA_DIR="$work/pglite" AUTH_MODE=none LOG_LEVEL=warn)
if [ -n "${TEST_DATABASE_URL:-}" ] && command -v psql >/dev/null; then
  db_name="shortlist_conformance_$$"
  psql "$TEST_DATABASE_URL" -qc "create database $db_name" >/dev/null
  env_vars+=(DATABASE_URL="${TEST_DATABASE_URL%/*}/$db_name")
fi

source .ci/serve-background.sh
start_server "${env_vars[@]}"

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
