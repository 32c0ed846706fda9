import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type CreatedKey } from '../../../src/auth/api-keys.js';
import { startSharedServer, type RunningServer } from '../http/harness.js';

// Searches belong to the account that ran them: over HTTP with two API keys, account B can
// neither refine, nor read a fit against, nor hand off from account A's search.

let server: RunningServer;
let alice: Client;
let bob: Client;
let searchId: string;
let freelancerId: string;
let accounts: CreatedKey[];

const textOf = (result: CallToolResult) =>
  result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

beforeAll(async () => {
  server = await startSharedServer({ AUTH_MODE: 'apikey' });
  accounts = await Promise.all(
    ['Alice', 'Bob'].map((name) => createApiKey(server.ctx.db, { plan: 'pro', name })),
  );
  const [a, b] = accounts;
  alice = await server.connect({ authorization: `Bearer ${a.key}` });
  bob = await server.connect({ authorization: `Bearer ${b.key}` });
  const result = (await alice.callTool({
    name: 'search_freelancers',
    arguments: { query: 'react developer' },
  })) as CallToolResult;
  expect(result.isError).toBeFalsy();
  const structured = result.structuredContent as {
    search_id: string;
    candidates: { freelancer_id: string }[];
  };
  searchId = structured.search_id;
  freelancerId = structured.candidates[0]?.freelancer_id;
  expect(searchId).toBeTruthy();
  expect(freelancerId).toBeTruthy();
});
afterAll(async () => {
  await server?.stop();
});

describe("another account's search", () => {
  it('cannot be refined', async () => {
    const own = (await alice.callTool({
      name: 'refine_search',
      arguments: { search_id: searchId, instruction: 'prefer Shopify' },
    })) as CallToolResult;
    expect(own.isError).toBeFalsy();
    const theirs = (await bob.callTool({
      name: 'refine_search',
      arguments: { search_id: searchId, instruction: 'prefer Shopify' },
    })) as CallToolResult;
    expect(theirs.isError).toBe(true);
    expect(textOf(theirs)).toContain(searchId);
    expect(textOf(theirs)).toMatch(/search_freelancers/);
  });

  it('cannot be used to read a fit breakdown', async () => {
    const theirs = (await bob.callTool({
      name: 'get_profile',
      arguments: { freelancer_id: freelancerId, search_id: searchId },
    })) as CallToolResult;
    expect(theirs.isError).toBe(true);
    expect(textOf(theirs)).toContain(searchId);
  });

  it('cannot be handed off', async () => {
    const handoff = {
      freelancer_ids: [freelancerId],
      search_id: searchId,
      action: 'invite',
      job: { title: 'React developer', description: 'Build our shop front.', skills: ['React'] },
    };
    const theirs = (await bob.callTool({
      name: 'handoff_to_hire',
      arguments: handoff,
    })) as CallToolResult;
    expect(theirs.isError).toBe(true);
    expect(textOf(theirs)).toContain(searchId);
    const own = (await alice.callTool({
      name: 'handoff_to_hire',
      arguments: handoff,
    })) as CallToolResult;
    expect(own.isError).toBeFalsy();
    const rows = await server.ctx.db
      .selectFrom('handoffs')
      .select('account_id')
      .where(
        'account_id',
        'in',
        accounts.map((k) => k.accountId),
      )
      .execute();
    expect(rows).toEqual([{ account_id: accounts[0].accountId }]);
  });
});
