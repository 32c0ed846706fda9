import { describe, expect, it } from 'vitest';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { call, textOf } from '../../helpers/mcp.js';
import { useSeededClient } from '../../helpers/seeded.js';

interface Fit {
  score: number;
  features: { name: string; value: number; weight: number }[];
  reasons: string[];
  required: { matched: string[]; missing: string[] };
}

describe(`fit breakdown in get_profile on ${testDatabase}`, () => {
  const seeded = useSeededClient({ shared: true });

  it('explains a listed candidate feature by feature, adding up to their score in the list', async () => {
    const search = SearchOutput.parse(
      (
        await call(seeded.client, 'search_freelancers', {
          query: 'React developer for our online store',
          preferred_skills: ['Shopify'],
        })
      ).structuredContent,
    );
    const listed = search.candidates[1];
    const result = await call(seeded.client, 'get_profile', {
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
        await call(seeded.client, 'search_freelancers', {
          query: 'React developer',
          hourly_rate: { max: 30 },
        })
      ).structuredContent,
    );
    const pricey = await seeded.ctx.db
      .selectFrom('freelancers')
      .select('external_id')
      .where('hourly_rate_usd', '>', 80)
      .where('ai_opt_in', '=', true)
      .executeTakeFirstOrThrow();
    const result = await call(seeded.client, 'get_profile', {
      freelancer_id: pricey.external_id,
      search_id: search.search_id,
    });
    const fit = (result.structuredContent as { fit: Fit }).fit;
    expect(fit.reasons[0]).toMatch(/Outside this search's filters: hourly rate max/);
  });
});
