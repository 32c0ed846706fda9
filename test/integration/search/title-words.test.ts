import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { countMatches } from '../../../src/search/retrieve/retrieve.js';
import { planSearch } from '../../../src/search/search.js';
import { useSeeded } from '../../helpers/seeded.js';

// Words match titles through the index of the headline's weight-A lexemes: the same profiles as
// `headline_doc @@ 'word':A`, read without rechecking every profile that has the word as a skill.

const seeded = useSeeded({ shared: true });

describe('title words', () => {
  it('match exactly the profiles whose title holds them, and are counted so', async () => {
    for (const words of ['designer', 'shopify | store', 'data | analyst', 'writer | blog']) {
      const { rows } = await sql<{ indexed: number; weighted: number; anywhere: number }>`
        select
          count(*) filter (where ts_filter(headline_doc, '{a}') @@ to_tsquery('english', ${words}))::int as indexed,
          count(*) filter (where headline_doc @@ to_tsquery('english', ${words.replace(/(\w+)/g, '$1:A')}))::int as weighted,
          count(*) filter (where headline_doc @@ to_tsquery('english', ${words}))::int as anywhere
        from freelancers where ai_opt_in`.execute(seeded.ctx.db);
      const [{ indexed, weighted, anywhere }] = rows;
      expect(indexed).toBeGreaterThan(0);
      expect(indexed).toBe(weighted);
      expect(anywhere).toBeGreaterThanOrEqual(indexed);
    }
    // A request of title words only: its count is the number of titles holding them.
    const plan = { ...(await planSearch(seeded.ctx, { query: 'designer' })), fullText: [] };
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from freelancers
      where ai_opt_in and headline_doc @@ to_tsquery('english', 'designer:A')`.execute(
      seeded.ctx.db,
    );
    if (plan.required.length + plan.preferred.length + plan.querySkills.length === 0)
      expect(await countMatches(seeded.ctx.db, plan)).toBe(rows[0].n);
    const used = await sql<{ n: number }>`select count(*)::int as n from pg_indexes
      where indexname = 'freelancers_title_lexemes'`.execute(seeded.ctx.db);
    expect(used.rows[0].n).toBe(1);
  });
});
