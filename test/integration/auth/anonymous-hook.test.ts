import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymousAccount } from '../../../src/accounts/identities.js';
import { toolCallHooks } from '../../../src/quota/hooks.js';
import { usageOf } from '../../../src/quota/quota.js';
import { createServer } from '../../../src/server.js';
import { testContext, type TestDatabase } from '../../helpers/database.js';
import { openSharedSeeded } from '../../helpers/seeded.js';

// Behind the HTTP 401, the tool boundary itself refuses a private tool to an anonymous caller,
// whatever transport the call came through, before any work or counting.

// On the worker's shared seeded index: the anonymous account (its address) is this file's own,
// and the handoffs are compared with those there before.
let database: TestDatabase;
beforeAll(async () => {
  ({ handle: database } = await openSharedSeeded());
});

describe('anonymous caller at the tool boundary', () => {
  it('is refused handoff_to_hire with a message saying to sign in', async () => {
    const ctx = testContext(database);
    const account = await anonymousAccount(ctx.db, '203.0.113.9');
    expect(account).toMatchObject({ plan: 'free', authenticated: false });
    const server = createServer({ ctx, account, hooks: toolCallHooks(ctx, account) });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: 'test', version: '1' });
    await client.connect(clientSide);
    const handoffs = () => ctx.db.selectFrom('handoffs').select('id').execute();
    const before = await handoffs();
    try {
      const result = (await client.callTool({
        name: 'handoff_to_hire',
        arguments: {
          freelancer_ids: ['f1'],
          action: 'invite',
          job: { title: 'React developer', description: 'Shop front.', skills: ['React'] },
        },
      })) as CallToolResult;
      expect(result.isError).toBe(true);
      expect(result.content[0]).toMatchObject({
        type: 'text',
        text: 'handoff_to_hire needs a Shortlist account: sign in (connect your account) and try again.',
      });
      expect(await usageOf(ctx.db, account.id, new Date())).toBe(0);
      expect(await handoffs()).toEqual(before);
    } finally {
      await client.close();
    }
  });
});
