import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { RefineOutput, SearchOutput } from '../../../src/search/explain/result-schema.js';
import { startSharedServer, type RunningServer } from './harness.js';

// Ten refinements in words, in a row, over HTTP with a real MCP client, as an assistant that
// sends only the client's words would make them. After each, every candidate returned is checked
// against the database for the constraint just asked: words must never do the opposite. On the
// worker's shared seeded index (the demo index of the e2e files is the same template): what the
// file writes is its own searches.

let server: RunningServer;
let client: Client;
let ctx: AppContext;

beforeAll(async () => {
  server = await startSharedServer();
  ctx = server.ctx;
  client = await server.connect();
});
afterAll(async () => {
  await server?.stop();
});

async function call(name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  expect(result.isError, text).toBeFalsy();
  return result.structuredContent;
}

const rows = (ids: string[]) =>
  ctx.db
    .selectFrom('freelancers')
    .select([
      'id',
      'external_id',
      'hourly_rate_usd',
      'country',
      'rating',
      'talent_type',
      'hours_per_week',
      'experience_years',
    ])
    .where('external_id', 'in', ids)
    .execute();

type Row = Awaited<ReturnType<typeof rows>>[number];

describe('ten refinements in words, each checked against the database', () => {
  it('never does the opposite of what was said', async () => {
    const first = SearchOutput.parse(
      await call('search_freelancers', { query: 'web developer', limit: 10 }),
    );
    let searchId = first.search_id;
    let shown = first.candidates;
    const europe = new Set(
      (
        await ctx.db.selectFrom('countries').select('code').where('region', '=', 'europe').execute()
      ).map((c) => c.code.trim()),
    );
    const steps: { say: () => string; holds: (r: Row) => Promise<boolean> | boolean }[] = [
      { say: () => 'nobody above $70 an hour', holds: (r) => Number(r.hourly_rate_usd) <= 70 },
      {
        say: () => 'not from India or the United States',
        holds: (r) => !['IN', 'US'].includes(r.country.trim()),
      },
      { say: () => 'at least 4.5 stars', holds: (r) => Number(r.rating) >= 4.5 },
      {
        say: () => 'must speak English',
        holds: async (r) =>
          !!(await ctx.db
            .selectFrom('freelancer_languages')
            .select('code')
            .where('freelancer_id', '=', r.id)
            .where('code', '=', 'en')
            .executeTakeFirst()),
      },
      { say: () => 'no agencies please', holds: (r) => r.talent_type === 'independent' },
      { say: () => 'at least 20 hours a week', holds: (r) => Number(r.hours_per_week) >= 20 },
      {
        say: () => `exclude ${shown[0].name}`,
        holds: (r) => r.external_id !== excluded,
      },
      { say: () => 'only people in Europe', holds: (r) => europe.has(r.country.trim()) },
      {
        say: () => "the rate cap doesn't matter, but nobody below $30",
        holds: (r) => Number(r.hourly_rate_usd) >= 30,
      },
      { say: () => 'more senior people', holds: (r) => Number(r.experience_years) >= 6 },
    ];
    let excluded = '';
    for (const step of steps) {
      const instruction = step.say();
      if (instruction.startsWith('exclude')) excluded = shown[0].freelancer_id;
      const out = RefineOutput.parse(
        await call('refine_search', { search_id: searchId, instruction, limit: 10 }),
      );
      expect(out.changes.length, instruction).toBeGreaterThan(0);
      expect(out.candidates.length, instruction).toBeGreaterThan(0);
      for (const row of await rows(out.candidates.map((c) => c.freelancer_id))) {
        expect(await step.holds(row), `${instruction}: ${row.external_id}`).toBe(true);
      }
      searchId = out.search_id;
      shown = out.candidates;
    }
  });
});
