import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { ensureAccount } from '../../src/accounts/accounts.js';
import type { Account, AppContext } from '../../src/context.js';
import { createServer } from '../../src/server.js';

// A real MCP Client talking to a real server over the SDK's in-memory transport pair.

export async function connectClient(ctx: AppContext, account: Account): Promise<Client> {
  await ensureAccount(
    ctx.db,
    { id: account.id, name: account.id, plan: account.plan },
    { updatePlan: true },
  );
  const server = createServer({ ctx, account });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
  // Listing caches each tool's output schema, so the client validates every structuredContent.
  await client.listTools();
  return client;
}

export async function call(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

export const accountA: Account = { id: 'acct-a', plan: 'max', authenticated: true };
export const accountB: Account = { id: 'acct-b', plan: 'max', authenticated: true };
