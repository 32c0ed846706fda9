#!/usr/bin/env bash
# The Claude Desktop bundle as Claude Desktop runs it: pack shortlist.mcpb, unpack it, start its
# server with the command, arguments and environment that manifest.json gives (optional settings
# left empty, as Claude Desktop leaves them), search over stdio with a real MCP client and read
# the widget. The index is the sample: a copy of the one that .ci/pack.sh imported with the npm
# package when SAMPLE_INDEX names it (CI's checks), else imported with the bundle's own CLI first.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# In CI, `npm ci` has just built dist/ and the widget (prepare): pack them without building again.
if [ "${CI:-}" = true ]; then export npm_config_ignore_scripts=true; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash scripts/pack-mcpb.sh "$work/shortlist.mcpb"
# An MCPB bundle is a zip archive: unzip reads it with a fraction of the CPU of `mcpb unpack` (the
# same files and modes), which stands in where unzip is missing.
if command -v unzip >/dev/null; then
  unzip -q "$work/shortlist.mcpb" -d "$work/bundle"
else
  node_modules/.bin/mcpb unpack "$work/shortlist.mcpb" "$work/bundle" >/dev/null
fi
bundle="$work/bundle"
for dev in tsx esbuild vite typescript; do
  [ ! -e "$bundle/node_modules/$dev" ] || { echo "$dev is in the bundle" >&2; exit 1; }
done

data="$work/data"
if [ -n "${SAMPLE_INDEX:-}" ]; then
  cp -r "$SAMPLE_INDEX" "$data"
else
  SHORTLIST_DATA_DIR="$data" LOG_LEVEL=warn node "$bundle/dist/src/cli.js" import "$bundle/fixtures/sample.jsonl"
fi
cp "$root/.ci/stdio-client.mjs" "$bundle/"
# The server command from the manifest, with ${__dirname} and ${user_config.*} filled in.
mapfile -t launch < <(node - "$bundle" "$data" <<'JS'
const fs = require('node:fs');
const [dir, data] = process.argv.slice(2);
const { mcp_config } = JSON.parse(fs.readFileSync(`${dir}/manifest.json`, 'utf8')).server;
const user = { data_dir: data };
const fill = (s) =>
  s.replace(/\$\{__dirname\}/g, dir).replace(/\$\{user_config\.(\w+)\}/g, (_, k) => user[k] ?? '');
for (const [k, v] of Object.entries(mcp_config.env ?? {})) console.log(`${k}=${fill(v)}`);
console.log('--');
for (const a of [mcp_config.command, ...mcp_config.args]) console.log(fill(a));
JS
)
split=0
while [ "${launch[$split]}" != '--' ]; do split=$((split + 1)); done
echo "manifest: ${launch[*]:$((split + 1))}"
(cd "$bundle" && env "${launch[@]:0:$split}" node stdio-client.mjs 'lead generation' -- "${launch[@]:$((split + 1))}")
