import { describe, expect, it } from 'vitest';
import { RefineOutput, SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { call, textOf } from '../../helpers/mcp.js';
import { useSeededClient } from '../../helpers/seeded.js';

// refine_search in words: exclusions that exclude, fields and words together, and a refusal that
// names the fields when the words change nothing or disagree with the fields.

describe(`refine_search in words on ${testDatabase}`, () => {
  const seeded = useSeededClient({ shared: true });

  async function search(args: Record<string, unknown>) {
    const result = await call(seeded.client, 'search_freelancers', args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return SearchOutput.parse(result.structuredContent);
  }
  async function refine(args: Record<string, unknown>) {
    const result = await call(seeded.client, 'refine_search', args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return RefineOutput.parse(result.structuredContent);
  }
  const countryOf = async (id: string) =>
    (
      await seeded.ctx.db
        .selectFrom('freelancers')
        .select('country')
        .where('external_id', '=', id)
        .executeTakeFirstOrThrow()
    ).country;

  it('"nobody based in the United States" leaves the US out rather than narrowing to it', async () => {
    const first = await search({ query: 'react developer', limit: 20 });
    const out = await refine({
      search_id: first.search_id,
      instruction: 'nobody based in the United States',
      limit: 20,
    });
    expect(out.changes.join(' ')).toMatch(/exclude countries US/);
    expect(out.interpreted.filters.join(' ')).toMatch(/not from: US/);
    expect(out.candidates.length).toBeGreaterThan(0);
    for (const c of out.candidates) expect(await countryOf(c.freelancer_id)).not.toBe('US');
  });

  it('exclude_countries and exclude_regions work as fields in search_freelancers', async () => {
    const out = await search({
      query: 'react developer',
      limit: 20,
      location: { regions: ['europe'], exclude_countries: ['DE'], exclude_regions: ['asia'] },
    });
    expect(out.candidates.length).toBeGreaterThan(0);
    for (const c of out.candidates) expect(await countryOf(c.freelancer_id)).not.toBe('DE');
  });

  it('applies fields and words together', async () => {
    const first = await search({ query: 'react developer' });
    const out = await refine({
      search_id: first.search_id,
      instruction: 'at least 4.5 stars',
      hourly_rate: { max: 70 },
    });
    expect(out.changes.join(' ')).toMatch(/hourly rate: max 70/);
    expect(out.changes.join(' ')).toMatch(/min rating: 4\.5/);
    for (const c of out.candidates) {
      expect(c.hourly_rate_usd).toBeLessThanOrEqual(70);
      expect(c.rating).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('refuses fields and words that disagree, naming both', async () => {
    const first = await search({ query: 'react developer' });
    const result = await call(seeded.client, 'refine_search', {
      search_id: first.search_id,
      instruction: 'nobody above $45 an hour',
      hourly_rate: { max: 60 },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(
      /disagree on hourly_rate\.max: the fields say 60, the words .* say 45/,
    );
  });

  it('excludes a person named on the list and says which words it did not use', async () => {
    const first = await search({ query: 'react developer' });
    const second = first.candidates[1];
    const out = await refine({
      search_id: first.search_id,
      instruction: `exclude ${second.name}, and make it snappy`,
    });
    expect(out.candidates.map((c) => c.freelancer_id)).not.toContain(second.freelancer_id);
    expect(out.notices.join(' ')).toMatch(/Not used from the instruction: .*snappy/);
  });
});
