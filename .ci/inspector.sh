#!/usr/bin/env bash
# MCP Inspector's CLI against a real `shortlist serve` over Streamable HTTP: it must list the five
# tools and the widget resource, and read the widget as an MCP Apps HTML document.
# inspector-cli looks for its own package.json relative to the working directory, so it runs from
# .ci/ (whose parent holds a package.json); from the repository root it fails to start.
set -euo pipefail
cd "$(dirname "$0")/.."
INSPECTOR=@modelcontextprotocol/inspector-cli@1.0.3
work=$(mktemp -d)
server_pid=''
cleanup() {
  if [ -n "$server_pid" ]; then kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

npm run --silent build:widget
source .ci/serve-background.sh
start_server SHORTLIST_DATA_DIR="$work/pglite" AUTH_MODE=none LOG_LEVEL=warn

inspect() { (cd .ci && npx -y "$INSPECTOR" --cli "$url" --transport http "$@" 2>/dev/null); }
inspect --method tools/list >"$work/tools.json"
inspect --method resources/list >"$work/resources.json"
uri=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).resources.find(r=>r.uri.startsWith("ui://"));console.log(r?r.uri:"")' "$work/resources.json")
[ -n "$uri" ] || { echo "no ui:// resource listed" >&2; cat "$work/resources.json" >&2; exit 1; }
inspect --method resources/read --uri "$uri" >"$work/read.json"

node - "$work" "$uri" <<'JS'
const fs = require('node:fs');
const [dir, uri] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
const tools = read('tools.json').tools;
const names = tools.map((t) => t.name).sort();
const expected = ['get_profile', 'handoff_to_hire', 'more_candidates', 'refine_search', 'search_freelancers'];
const fail = (m) => { console.error(m); process.exit(1); };
if (JSON.stringify(names) !== JSON.stringify(expected)) fail(`tools: ${names.join(', ')}`);
for (const t of tools) if (t._meta?.ui?.resourceUri !== uri) fail(`${t.name} does not link ${uri}`);
const content = read('read.json').contents[0];
if (content.mimeType !== 'text/html;profile=mcp-app') fail(`mimeType ${content.mimeType}`);
if (!content.text.startsWith('<!doctype html>') || /<script[^>]+src=/.test(content.text)) fail('not one self-contained HTML file');
console.log(`inspector: ${names.length} tools linked to ${uri}; widget ${content.text.length} bytes`);
JS
