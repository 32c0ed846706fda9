import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createContext, type Account, type AppContext } from '../../../src/context.js';
import type { Profile } from '../../../src/index/profile.js';
import { loadProfiles } from '../../../src/index/import.js';
import { ensureAccount } from '../../../src/accounts/accounts.js';
import { createServer } from '../../../src/server.js';
import { testContext, type TestDatabase } from '../../helpers/database.js';

// A real MCP client over an in-memory transport, against createServer with a real database.

/** A context whose clock the test sets: `clock.now` is "today" for everything the server does. */
export function contextAt(
  handle: TestDatabase,
  now: Date,
  env: Record<string, string> = {},
): { ctx: AppContext; clock: { now: Date } } {
  const clock = { now };
  const { config, logger, db, dbKind, hasVector } = testContext(handle, env);
  return {
    ctx: createContext({ config, logger, db, dbKind, hasVector, clock: () => clock.now }),
    clock,
  };
}

export async function loadFixtures(handle: TestDatabase, profiles: Profile[]): Promise<void> {
  await loadProfiles(
    handle.db,
    profiles.map((profile) => ({ profile })),
    {},
  );
}

export async function accountFor(
  ctx: AppContext,
  id: string,
  plan: Account['plan'],
): Promise<Account> {
  return ensureAccount(ctx.db, { id, name: id, plan }, { updatePlan: true });
}

export async function connect(ctx: AppContext, account: Account): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createServer({ ctx, account });
  await server.connect(serverSide);
  const client = new Client({ name: 'shortlist-test', version: '1.0.0' });
  await client.connect(clientSide);
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
