import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Account, AppContext } from '../../../src/context.js';
import { createServer } from '../../../src/server.js';
import { tools } from '../../../src/tools/index.js';
import { registerTool } from '../../../src/tools/tool.js';

// The per-process tools/list must say exactly what the SDK's own listing of the same tools says.

async function listTools(server: McpServer) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'test', version: '0' });
  await server.connect(serverSide);
  await client.connect(clientSide);
  try {
    return await client.listTools();
  } finally {
    await client.close();
  }
}

describe('tools/list built once per process', () => {
  for (const authMode of ['none', 'oauth'] as const) {
    it(`matches the SDK's listing (AUTH_MODE=${authMode})`, async () => {
      const config = loadConfig({
        SHORTLIST_DATA_DIR: 'memory://',
        AUTH_MODE: authMode,
        OAUTH_ISSUER: 'https://issuer.example',
        OAUTH_AUDIENCE: 'shortlist',
      });
      const ctx = { config } as AppContext;
      const account = { id: 'a' } as Account;
      const sdk = new McpServer({ name: 'sdk', version: '0' });
      for (const tool of tools) registerTool(sdk, tool, { ctx, account });
      const expected = await listTools(sdk);
      const first = await listTools(createServer({ ctx, account }));
      const second = await listTools(createServer({ ctx, account }));
      expect(first).toEqual(expected);
      expect(second).toEqual(expected);
    });
  }
});
