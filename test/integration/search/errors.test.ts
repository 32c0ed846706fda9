import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { accountA, accountB, call, connectClient, textOf } from '../../helpers/mcp.js';
import { openSharedSeeded } from '../../helpers/seeded.js';

describe(`search errors on ${testDatabase}`, () => {
  let ctx: AppContext;
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    ({ ctx } = await openSharedSeeded());
    [a, b] = await Promise.all([connectClient(ctx, accountA), connectClient(ctx, accountB)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  async function expectError(
    client: Client,
    tool: string,
    args: Record<string, unknown>,
    message: RegExp,
  ) {
    const result = await call(client, tool, args);
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(message);
    expect(text).not.toMatch(/select|insert|postgres|kysely|stack|at .*\.ts|ZodError|undefined/i);
  }

  it('refuses another account’s search_id, as if it did not exist', async () => {
    const mine = SearchOutput.parse(
      (await call(a, 'search_freelancers', { query: 'react developer' })).structuredContent,
    );
    await expectError(
      b,
      'refine_search',
      { search_id: mine.search_id, instruction: 'prefer Shopify' },
      /No search "s_.*" for this account.*run search_freelancers first/,
    );
    await expectError(
      b,
      'search_freelancers',
      { query: 'x', cursor: mine.next_cursor },
      /No search .* for this account/,
    );
    const own = await call(a, 'refine_search', {
      search_id: mine.search_id,
      instruction: 'prefer Shopify',
    });
    expect(own.isError).toBeFalsy();
  });

  it('names an unknown required skill and suggests the closest ones', async () => {
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', required_skills: ['Reactt'] },
      /required_skills: "Reactt" is not a skill we know\. Did you mean "React"/,
    );
  });

  it('rejects an inverted rate range', async () => {
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', hourly_rate: { min: 90, max: 40 } },
      /hourly_rate\.min must not be above hourly_rate\.max/,
    );
  });

  it('rejects a 100 kB query without running it', async () => {
    await expectError(
      a,
      'search_freelancers',
      { query: 'react '.repeat(17_000) },
      /keep the query under 2,000 characters/,
    );
  });

  it('rejects wrong types with the field and what was expected', async () => {
    await expectError(
      a,
      'search_freelancers',
      { query: 42 },
      /expected string, received number at query/,
    );
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', limit: 500 },
      /(<=20|too big).*limit/is,
    );
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', location: { countries: ['Germany'] } },
      /ISO 3166 alpha-2/,
    );
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', location: { overlap_with: { timezone: 'Mars/Base', hours: 4 } } },
      /not an IANA time zone/,
    );
  });

  it('rejects a forged cursor and an instruction it cannot read', async () => {
    await expectError(
      a,
      'search_freelancers',
      { query: 'dev', cursor: 'not-a-cursor' },
      /cursor is not one this server gave out/,
    );
    const mine = SearchOutput.parse(
      (await call(a, 'search_freelancers', { query: 'python' })).structuredContent,
    );
    await expectError(
      a,
      'refine_search',
      { search_id: mine.search_id, instruction: 'hmm, make it nicer' },
      /changes nothing\. Nothing in it names a filter or a skill\. Send the change as fields: hourly_rate/,
    );
  });
});
