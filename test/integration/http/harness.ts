import type { Server } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AppContext } from '../../../src/context.js';
import { closeGracefully } from '../../../src/http/shutdown.js';
import { createHttpApp, listen, type HttpOptions } from '../../../src/transports/http.js';
import { openTestDatabase, testContext, type TestDatabase } from '../../helpers/database.js';
import { openSharedSeeded } from '../../helpers/seeded.js';

// A real HTTP server on loopback port 0 over a fresh database, and real MCP clients for it.

export interface RunningServer {
  url: string;
  mcpUrl: string;
  ctx: AppContext;
  database: TestDatabase;
  connect: (headers?: Record<string, string>) => Promise<Client>;
  /** Stops the server; the database too unless `keepDatabase`. */
  stop: () => Promise<void>;
}

export async function startServer(
  env: Record<string, string> = {},
  options: HttpOptions & { database?: TestDatabase } = {},
): Promise<RunningServer> {
  const database = options.database ?? (await openTestDatabase());
  const ctx = testContext(database, env);
  const app = createHttpApp(ctx, options);
  const { server, url } = await listen(app, 0, '127.0.0.1');
  const clients: Client[] = [];
  return {
    url,
    mcpUrl: `${url}/mcp`,
    ctx,
    database,
    connect: async (headers = {}) => {
      const client = new Client({ name: 'shortlist-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers } }),
      );
      clients.push(client);
      return client;
    },
    stop: async () => {
      await Promise.all(clients.map((c) => c.close()));
      await closeGracefully(server as Server, app, 1000);
      if (!options.database) await database.close();
    },
  };
}

/**
 * A server on the worker's shared seeded index (test/helpers/seeded.ts), for a file whose writes
 * (accounts, keys, usage, sessions, handoffs) are its own: no database to open, and none to close.
 */
export async function startSharedServer(
  env: Record<string, string> = {},
  options: HttpOptions = {},
): Promise<RunningServer> {
  return startServer(env, { ...options, database: (await openSharedSeeded()).handle });
}

/** A raw JSON-RPC POST to /mcp, for what a Client hides (status codes, headers). */
export async function postMcp(
  mcpUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(mcpUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const initializeRequest = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'raw', version: '1' },
  },
};

export function toolCall(name: string, args: Record<string, unknown>, id = 2) {
  return { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } };
}
