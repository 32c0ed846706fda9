import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { SearchOutput } from '../../../src/search/result-schema.js';
import { testDatabase, type TestDatabase } from '../../helpers/database.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { openSeeded } from '../../helpers/seeded.js';

interface Fit {
  score: number;
  features: { name: string; value: number; weight: number }[];
  reasons: string[];
  required: { matched: string[]; missing: string[] };
}

describe(`fit breakdown in get_profile on ${testDatabase}`, () => {
  let handle: TestDatabase;
  let ctx: AppContext;
  let client: Client;
  beforeAll(async () => {
    ({ handle, ctx } = await openSeeded(800));
    client = await connectClient(ctx, accountA);
  });
  afterAll(async () => {
    await client?.close();
    await handle?.close();
  });

  it('explains a listed candidate feature by feature, adding up to their score in the list', async () => {
    const search = SearchOutput.parse(
      (
        await call(client, 'search_freelancers', {
          query: 'React developer for our online store',
          preferred_skills: ['Shopify'],
        })
      ).structuredContent,
    );
    const listed = search.candidates[1];
    const result = await call(client, 'get_profile', {
      freelancer_id: listed.freelancer_id,
      search_id: search.search_id,
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    const fit = (result.structuredContent as { fit: Fit }).fit;
    expect(fit.score).toBeCloseTo(listed.match.score, 0);
    const names = fit.features.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['preferred', 'query_skills', 'quality']));
    const mean =
      fit.features.reduce((s, f) => s + f.value * f.weight, 0) /
      fit.features.reduce((s, f) => s + f.weight, 0);
    expect(mean * 100).toBeCloseTo(fit.score, 0);
  });

  it('explains someone outside the filters and names the filter they miss', async () => {
    const search = SearchOutput.parse(
      (
        await call(client, 'search_freelancers', {
          query: 'React developer',
          hourly_rate: { max: 30 },
        })
      ).structuredContent,
    );
    const pricey = await ctx.db
      .selectFrom('freelancers')
      .select('external_id')
      .where('hourly_rate_usd', '>', 80)
      .where('ai_opt_in', '=', true)
      .executeTakeFirstOrThrow();
    const result = await call(client, 'get_profile', {
      freelancer_id: pricey.external_id,
      search_id: search.search_id,
    });
    const fit = (result.structuredContent as { fit: Fit }).fit;
    expect(fit.reasons[0]).toMatch(/Outside this search's filters: hourly rate max/);
  });
});
