#!/usr/bin/env bash
# MCP Inspector's CLI against a real `shortlist serve` over Streamable HTTP: it must list the five
# tools, each linked to the widget resource, list that resource and read it as an MCP Apps HTML
# document. The README's Inspector commands run as written there, on this Node: the CLI form
# (whose tool list is the one checked) and the UI form (started, asked on its ports, stopped).
# The server is the one MCP_URL names (CI's checks start one for this and the conformance suite),
# else one started here on a fresh index (start_fresh_server in serve-background.sh).
# inspector-cli looks for its own package.json relative to the working directory, so it runs from
# .ci/ (whose parent holds a package.json); from the repository root it fails to start.
set -euo pipefail
cd "$(dirname "$0")/.."
INSPECTOR=@modelcontextprotocol/inspector-cli@1.0.3
work=$(mktemp -d)
server_pid=''
ui_pid=''
source .ci/serve-background.sh
cleanup() {
  if [ -n "$ui_pid" ]; then kill -TERM -- "-$ui_pid" 2>/dev/null || true; fi
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT

# In CI, `npm ci` has just built the widget (prepare), and the tests beside this script serve it:
# building it again would replace the file under them.
if [ "${CI:-}" != true ] || [ ! -f dist/widget/shortlist.html ]; then npm run --silent build:widget; fi
if [ -n "${MCP_URL:-}" ]; then url=$MCP_URL; else start_fresh_server; fi

# The README pins the last Inspector that runs on Node 20 (0.16 and later need Node 22.7.5, 2.x
# needs 22.19). Its CLI form lists the tools, as $INSPECTOR's would (the same JSON).
README_INSPECTOR=@modelcontextprotocol/inspector@0.15.0
grep -qF "npx $README_INSPECTOR" README.md || { echo "README does not use $README_INSPECTOR" >&2; exit 1; }
(cd "$work" && npx -y "$README_INSPECTOR" --cli "$url" --transport http --method tools/list 2>/dev/null) >"$work/tools.json"

# npx resolves the package once; the two calls run its binary (npx costs a second or two each).
inspector_cli=$(cd .ci && npx -y -p "$INSPECTOR" -- sh -c 'command -v mcp-inspector-cli')
inspect() { (cd .ci && "$inspector_cli" --cli "$url" --transport http "$@" 2>/dev/null); }
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
console.log(`inspector: ${names.length} tools (README CLI form, ${process.version}) linked to ${uri}; widget ${content.text.length} bytes`);
JS

# The README's UI form answers on both of its ports.
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
client_port=$(free_port)
proxy_port=$(free_port)
# Its own session (setsid), so that cleanup stops npx, the proxy and the web client together.
CLIENT_PORT=$client_port SERVER_PORT=$proxy_port MCP_AUTO_OPEN_ENABLED=false \
  setsid npx -y "$README_INSPECTOR" >"$work/ui.log" 2>&1 &
ui_pid=$!
answers() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; }
for _ in $(seq 1 120); do
  answers "http://127.0.0.1:$client_port/" && answers "http://127.0.0.1:$proxy_port/health" && break
  kill -0 "$ui_pid" 2>/dev/null || { cat "$work/ui.log" >&2; echo "README UI form exited" >&2; exit 1; }
  sleep 0.5
done
answers "http://127.0.0.1:$client_port/" || { cat "$work/ui.log" >&2; echo "README UI form did not answer" >&2; exit 1; }
echo "README UI form: web client on :$client_port and proxy on :$proxy_port answer"
kill -TERM -- "-$ui_pid"
ui_pid=''
