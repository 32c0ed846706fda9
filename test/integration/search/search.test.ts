import { describe, expect, it } from 'vitest';
import { RefineOutput, SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { call, textOf } from '../../helpers/mcp.js';
import { useSeededClient } from '../../helpers/seeded.js';

const SEED_EXAMPLE =
  'senior React developer with e-commerce experience for a three-month project starting next month';

describe(`search_freelancers and refine_search on ${testDatabase}`, () => {
  const seeded = useSeededClient({ shared: true });

  async function search(args: Record<string, unknown>) {
    const result = await call(seeded.client, 'search_freelancers', args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return { out: SearchOutput.parse(result.structuredContent), text: textOf(result) };
  }
  async function refine(args: Record<string, unknown>) {
    const result = await call(seeded.client, 'refine_search', args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return { out: RefineOutput.parse(result.structuredContent), text: textOf(result) };
  }

  it('counts by what the query asked: a preference or more_like in a refine leaves total_matches', async () => {
    const first = await search({ query: SEED_EXAMPLE, limit: 5 });
    expect(first.out.total_matches).toBeGreaterThan(5);
    // A preference the query named (React) and two it did not: none of them filters.
    const preferred = await refine({
      search_id: first.out.search_id,
      add_preferred_skills: ['React', 'GraphQL', 'Node.js'],
    });
    expect(preferred.out.total_matches).toBe(first.out.total_matches);
    // more_like prefers the person's own skills and sets them aside: one match fewer.
    const like = await refine({
      search_id: first.out.search_id,
      more_like: first.out.candidates[1].freelancer_id,
    });
    expect(like.out.total_matches).toBe(first.out.total_matches - 1);
    // A required skill does filter.
    const required = await refine({
      search_id: first.out.search_id,
      add_required_skills: ['GraphQL'],
    });
    expect(required.out.total_matches).toBeLessThan(first.out.total_matches);
  });

  it('ranks React and e-commerce people for the seed example, with reasons that name the evidence', async () => {
    const { out, text } = await search({ query: SEED_EXAMPLE });
    expect(out.interpreted.skills_in_query).toEqual(expect.arrayContaining(['React']));
    expect(out.candidates).toHaveLength(5);
    expect(out.total_matches).toBeGreaterThan(5);
    for (const c of out.candidates) {
      expect(c.match.score).toBeGreaterThan(40);
      expect(c.match.reasons.length).toBeGreaterThan(0);
      const evidence = c.match.reasons.join(' ');
      expect(evidence).toMatch(/React|E-commerce|Shopify|★|project/);
    }
    const scores = out.candidates.map((c) => c.match.score);
    expect(Math.max(...scores)).toBe(scores[0]);
    expect(out.candidates.some((c) => /react|e-?commerce|shopify|front/i.test(c.title))).toBe(true);
    expect(text).toContain(out.candidates[0].name);
    expect(text).toContain(out.search_id);
  });

  it('quotes a real seeded.client review of each candidate, word for word', async () => {
    const { out } = await search({ query: SEED_EXAMPLE });
    const quoted = out.candidates.filter((c) => c.match.review);
    expect(quoted.length).toBeGreaterThan(0);
    for (const c of quoted) {
      const rows = await seeded.ctx.db
        .selectFrom('contracts as k')
        .innerJoin('freelancers as f', 'f.id', 'k.freelancer_id')
        .select(['k.feedback', 'k.title'])
        .where('f.external_id', '=', c.freelancer_id)
        .where('k.title', '=', c.match.review!.project)
        .execute();
      const quote = c.match.review!.quote.replace(/…$/, '');
      expect(rows.some((r) => r.feedback?.replace(/\s+/g, ' ').includes(quote))).toBe(true);
    }
  });

  it('refines with the seeded.client’s words: prefer Shopify, European time zones, under $60', async () => {
    const first = await search({ query: SEED_EXAMPLE });

    const shopify = await refine({ search_id: first.out.search_id, instruction: 'prefer Shopify' });
    expect(shopify.out.search_id).not.toBe(first.out.search_id);
    expect(shopify.out.changes).toContain('preferred skills: added Shopify');
    expect(shopify.out.interpreted.preferred_skills.map((s) => s.skill)).toEqual(['Shopify']);
    const withShopify = shopify.out.candidates.filter((c) =>
      c.match.preferred.matched.includes('Shopify'),
    );
    expect(withShopify.length).toBeGreaterThanOrEqual(3);
    expect(withShopify.some((c) => c.match.reasons.join(' ').includes('Shopify'))).toBe(true);

    const europe = await refine({
      search_id: shopify.out.search_id,
      instruction: 'European time zones',
    });
    expect(europe.out.changes.join(' ')).toMatch(/location/);
    for (const c of europe.out.candidates) {
      const offset = utcOffset(c.timezone, seeded.ctx.clock());
      expect(offset).toBeGreaterThanOrEqual(-1);
      expect(offset).toBeLessThanOrEqual(3);
    }
    expect(europe.out.movement.entered.length + europe.out.movement.left.length).toBeGreaterThan(0);

    const cheap = await refine({ search_id: europe.out.search_id, instruction: 'under $60' });
    expect(cheap.out.changes.join(' ')).toMatch(/hourly rate: max 60/);
    expect(cheap.out.candidates.length).toBeGreaterThan(0);
    for (const c of cheap.out.candidates) expect(c.hourly_rate_usd).toBeLessThanOrEqual(60);
    expect(
      cheap.out.candidates.some((c) =>
        c.match.reasons.some((r) => r.includes('inside the $60/h budget')),
      ),
    ).toBe(true);
  });

  it('answers a vague request from titles rather than with nothing', async () => {
    const { out } = await search({ query: 'a good developer' });
    expect(out.total_matches).toBeGreaterThan(20);
    expect(out.candidates.every((c) => /develop|good/i.test(c.title))).toBe(true);
  });

  it('pages with the cursor without re-ranking', async () => {
    const first = await search({ query: 'python data engineer', limit: 3 });
    expect(first.out.next_cursor).toBeDefined();
    const second = await search({
      query: 'python data engineer',
      limit: 3,
      cursor: first.out.next_cursor,
    });
    expect(second.out.search_id).toBe(first.out.search_id);
    const ids = [...first.out.candidates, ...second.out.candidates].map((c) => c.freelancer_id);
    expect(new Set(ids).size).toBe(6);
  });

  it('applies structured patches: required skills, exclusions, more_like and clear', async () => {
    const first = await search({ query: 'mobile app developer', hourly_rate: { max: 80 } });
    const top = first.out.candidates[0];
    const patched = await refine({
      search_id: first.out.search_id,
      add_required_skills: ['Flutter'],
      exclude_freelancer_ids: [top.freelancer_id],
      clear: ['hourly_rate'],
    });
    expect(patched.out.changes).toEqual(
      expect.arrayContaining([
        'required skills: added Flutter',
        'hourly rate: cleared',
        `excluded: added ${top.freelancer_id}`,
      ]),
    );
    expect(patched.out.candidates.map((c) => c.freelancer_id)).not.toContain(top.freelancer_id);
    for (const c of patched.out.candidates) expect(c.match.required.matched).toContain('Flutter');

    const like = await refine({
      search_id: patched.out.search_id,
      more_like: patched.out.candidates[0].freelancer_id,
    });
    expect(like.out.notices.join(' ')).toMatch(/Ranking people like/);
    expect(like.out.candidates.map((c) => c.freelancer_id)).not.toContain(
      patched.out.candidates[0].freelancer_id,
    );
  });
});

function utcOffset(timeZone: string, at: Date): number {
  const local = new Date(at.toLocaleString('en-US', { timeZone }));
  const utc = new Date(at.toLocaleString('en-US', { timeZone: 'UTC' }));
  return (local.getTime() - utc.getTime()) / 3_600_000;
}
