import { describe, expect, it } from 'vitest';
import { searchSummary } from '../../../src/search/explain/summary.js';
import { countMatches, retrieveCandidates } from '../../../src/search/retrieve/retrieve.js';
import { pageOf, planSearch } from '../../../src/search/search.js';
import { useSeeded } from '../../helpers/seeded.js';

// Retrieval reads a bounded part of the match set: counts are exact up to a limit and a lower
// bound beyond it, and whatever the bound, every candidate passes the hard filters.

const seeded = useSeeded({ shared: true });

describe('bounded retrieval', () => {
  it('counts exactly below the limit, the same as the relaxation probes count', async () => {
    const plan = { ...(await planSearch(seeded.ctx, { query: 'React developer' })), fullText: [] };
    const { total, rows } = await retrieveCandidates(seeded.ctx.db, plan);
    expect(total).toBeGreaterThan(20);
    expect(total).toBe(await countMatches(seeded.ctx.db, plan));
    expect(rows.length).toBeGreaterThan(0);
  });

  it('stops counting past the limit, and still fills the branches within the hard filters', async () => {
    const plan = await planSearch(seeded.ctx, {
      query: 'developer',
      hourly_rate: { max: 60 },
      location: { exclude_countries: ['US'] },
    });
    const exact = await retrieveCandidates(seeded.ctx.db, plan);
    expect(exact.total).toBeGreaterThan(30);
    const bounded = await retrieveCandidates(seeded.ctx.db, plan, undefined, 20);
    // 21 matched (the limit, plus one to know there are more), and at most the recall branch's extras.
    expect(bounded.total).toBeGreaterThanOrEqual(21);
    expect(bounded.total).toBeLessThan(exact.total);
    expect(bounded.rows.length).toBeGreaterThan(0);
    for (const r of bounded.rows) {
      expect(r.hourly_rate_usd).toBeLessThanOrEqual(60);
      expect(r.country.trim()).not.toBe('US');
    }
    const optedOut = await seeded.ctx.db
      .selectFrom('freelancers')
      .select('id')
      .where('ai_opt_in', '=', false)
      .execute();
    const hidden = new Set(optedOut.map((r) => r.id));
    expect(optedOut.length).toBeGreaterThan(0);
    for (const r of [...bounded.rows, ...exact.rows]) expect(hidden.has(r.id)).toBe(false);
  });

  it('says a total past 10,000 as a lower bound, and an exact one as it is', () => {
    const interpreted = {
      required_skills: [],
      preferred_skills: [],
      skills_in_query: [],
      expansions: [],
      filters: ['rate $0–$60/h'],
      understood: [],
      unused_words: [],
    };
    const over = pageOf('s_1', 10_001, interpreted, [], [], 0, 5);
    expect(over.total_matches).toBe(10_000);
    expect(over.total_is_lower_bound).toBe(true);
    expect(searchSummary(over)).toContain('10,000+');
    const exact = pageOf('s_1', 10_000, interpreted, [], [], 0, 5);
    expect(exact.total_matches).toBe(10_000);
    expect(exact.total_is_lower_bound).toBeUndefined();
  });
});
