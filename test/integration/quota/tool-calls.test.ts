import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, type CreatedKey } from '../../../src/auth/api-keys.js';
import { quotaRefreshesAt, usageOf, usagePeriod } from '../../../src/quota/quota.js';
import { startSharedServer, type RunningServer } from '../http/harness.js';

// The quota seen from a real client over HTTP: warnings at 75% and 95% ride on the results, and
// at 100% the tool answers with the refresh date and does no work.

let server: RunningServer;
let key: CreatedKey;
let freelancerId: string;

beforeAll(async () => {
  server = await startSharedServer({ AUTH_MODE: 'apikey' });
  const row = await server.ctx.db
    .selectFrom('freelancers')
    .select('external_id')
    .where('ai_opt_in', '=', true)
    .executeTakeFirstOrThrow();
  freelancerId = row.external_id;
  key = await createApiKey(server.ctx.db, { plan: 'free', name: 'Quota test' });
});
afterAll(async () => {
  await server?.stop();
});

async function setUsage(calls: number): Promise<void> {
  const period = usagePeriod(new Date());
  await server.ctx.db
    .insertInto('usage')
    .values({ account_id: key.accountId, period, calls })
    .onConflict((oc) => oc.columns(['account_id', 'period']).doUpdateSet({ calls }))
    .execute();
}

async function callProfile(): Promise<CallToolResult> {
  const client = await server.connect({ authorization: `Bearer ${key.key}` });
  return (await client.callTool({
    name: 'get_profile',
    arguments: { freelancer_id: freelancerId },
  })) as CallToolResult;
}

const textOf = (result: CallToolResult) =>
  result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

describe('monthly quota over HTTP', () => {
  it('answers normally below 75%', async () => {
    await setUsage(10);
    const result = await callProfile();
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).not.toMatch(/Quota/);
    expect(await usageOf(server.ctx.db, key.accountId, new Date())).toBe(11);
  });

  it('adds a notice from 75%', async () => {
    await setUsage(74);
    const result = await callProfile();
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toMatch(/Quota: 75 of 100 monthly tool calls used \(75%\); 25 left/);
    const notices = (result.structuredContent as { notices?: string[] } | undefined)?.notices;
    if (notices) expect(notices[0]).toMatch(/^Quota: 75 of 100/);
  });

  it('adds a stronger notice from 95%', async () => {
    await setUsage(94);
    const result = await callProfile();
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toMatch(/Quota almost used up: 95 of 100 .*5 left/);
  });

  it('refuses at 100% with the refresh date, without counting or working', async () => {
    await setUsage(100);
    const result = await callProfile();
    expect(result.isError).toBe(true);
    const refresh = quotaRefreshesAt(new Date()).toISOString().slice(0, 10);
    expect(textOf(result)).toBe(
      `This account has used all 100 tool calls of its free plan for this month. ` +
        `The quota refreshes on ${refresh} (UTC); the pro plan allows 2,000 calls a month.`,
    );
    expect(result.structuredContent).toBeUndefined();
    expect(await usageOf(server.ctx.db, key.accountId, new Date())).toBe(100);
  });
});
