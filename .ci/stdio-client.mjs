// A real MCP client over stdio, run with plain node from a folder where shortlist is installed:
// node stdio-client.mjs QUERY -- COMMAND ARGS... starts the server as given, searches for QUERY,
// checks the candidates, and reads the widget resource that the tools link to.
import process from 'node:process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const split = process.argv.indexOf('--');
const [query] = process.argv.slice(2, split);
const [command, ...args] = process.argv.slice(split + 1);
const fail = (message) => {
  process.stderr.write(`stdio client: ${message}\n`);
  process.exit(1);
};

const transport = new StdioClientTransport({ command, args, env: process.env, stderr: 'inherit' });
const client = new Client({ name: 'shortlist-ci', version: '1.0.0' });
await client.connect(transport);
try {
  const search = await client.callTool({ name: 'search_freelancers', arguments: { query } });
  if (search.isError) fail(`search failed: ${search.content?.[0]?.text}`);
  const { candidates, total_matches } = search.structuredContent;
  if (!candidates?.length) fail(`no candidates for "${query}"`);
  const { tools } = await client.listTools();
  const uri = tools.find((t) => t.name === 'search_freelancers')?._meta?.ui?.resourceUri;
  if (!uri?.startsWith('ui://')) fail('search_freelancers links no ui:// resource');
  const { contents } = await client.readResource({ uri });
  const html = contents[0]?.text ?? '';
  if (
    contents[0]?.mimeType !== 'text/html;profile=mcp-app' ||
    !html.startsWith('<!doctype html>')
  ) {
    fail(`${uri} is not the built widget: ${html.slice(0, 120)}`);
  }
  process.stdout.write(
    `stdio: "${query}" → ${total_matches} matches (first: ${candidates[0].name}); ` +
      `${uri} is ${html.length} bytes of HTML\n`,
  );
} finally {
  await client.close();
}
