import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { tools } from '../src/tools/index.js';

// manifest.json's `tools` list is generated from src/tools/index.ts, the same list the server
// registers: `npm run manifest` rewrites it, `npm run manifest -- --check` (and a test) fail when
// it has drifted. Everything else in the manifest is written by hand.

const MANIFEST = new URL('../manifest.json', import.meta.url);

export interface ManifestTool {
  name: string;
  description: string;
}

/** The first sentence of each tool's description: what the bundle listing shows. */
export function manifestTools(): ManifestTool[] {
  return tools.map((tool) => ({ name: tool.name, description: firstSentence(tool.description) }));
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = /^(.+?[.!?])(\s|$)/.exec(flat);
  return (match?.[1] ?? flat).slice(0, 300);
}

async function main(check: boolean): Promise<number> {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { tools?: ManifestTool[] };
  const expected = manifestTools();
  if (check) {
    const same = JSON.stringify(manifest.tools ?? []) === JSON.stringify(expected);
    if (!same)
      console.error('manifest.json tools differ from src/tools/index.ts: run npm run manifest');
    return same ? 0 : 1;
  }
  manifest.tools = expected;
  const path = fileURLToPath(MANIFEST);
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(MANIFEST, await format(JSON.stringify(manifest), options));
  process.stdout.write(`manifest.json: ${expected.length} tools\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.includes('--check'));
}
