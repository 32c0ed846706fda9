import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../../src/core/criteria.js';
import { hardFilters } from '../../../src/core/hard-filters.js';
import type { SearchPlan } from '../../../src/core/search-plan.js';
import type { Database } from '../../../src/db/schema.js';
import {
  countMatches,
  retrieveCandidates,
  textTerms,
  tsQuery,
} from '../../../src/search/retrieve/retrieve.js';
import { planSearch } from '../../../src/search/search.js';
import { useSeeded } from '../../helpers/seeded.js';
import { rolledBack } from '../rolled-back.js';

// Retrieval reads its match sets, counts and filter probes from `search_rows`, a narrow copy of
// the profiles kept by triggers. It must hold exactly what the profiles hold after any write, and
// searches over it must match and count exactly whom the plain scan over the profiles does. The
// index is the worker's shared one: the writes below are rolled back (rolled-back.ts).

const seeded = useSeeded({ shared: true });

/** Rows of search_rows that differ from what the profiles say now, both ways. */
async function drift(db: Kysely<Database>): Promise<number> {
  const projection = sql`select f.id, f.prior_score, f.hourly_rate_usd, f.hours_per_week,
      f.experience_years, f.rating, f.job_success, f.updated_at, f.jobs_completed,
      f.available_from, f.ai_opt_in, f.country, f.timezone, f.talent_type, f.external_id,
      f.badges, f.skill_ids,
      coalesce((select array_agg(rtrim(l.code) || r order by l.code, r)
        from freelancer_languages l cross join generate_series(1, l.level_rank) r
        where l.freelancer_id = f.id), '{}') as languages,
      ts_filter(f.headline_doc, '{a}')::text as title_doc
    from freelancers f`;
  const stored = sql`select id, prior_score, hourly_rate_usd, hours_per_week, experience_years,
      rating, job_success, updated_at, jobs_completed, available_from, ai_opt_in, country,
      timezone, talent_type, external_id, badges, skill_ids, languages, title_doc::text
    from search_rows`;
  const { rows } = await sql<{ n: number }>`select
      (select count(*) from (${projection} except all ${stored}) a)::int +
      (select count(*) from (${stored} except all ${projection}) b)::int as n`.execute(db);
  return rows[0].n;
}

/** The plan's matches by the plain scan over the profiles: filters, skills and title words. */
async function plainMatches(plan: SearchPlan): Promise<number[]> {
  const skills = [...plan.required, ...plan.preferred, ...plan.querySkills].map((t) => t.node.id);
  const words = tsQuery(textTerms(plan), 'A');
  const parts = [
    ...(skills.length ? [sql`f.skill_ids && ${sql.val(skills)}::int[]`] : []),
    ...(words ? [sql`f.headline_doc @@ ${words}`] : []),
  ];
  const rows = await seeded.ctx.db
    .selectFrom('freelancers as f')
    .select('f.id')
    .where((eb) => hardFilters(plan, eb))
    .where(sql<boolean>`(${sql.join(parts, sql` or `)})`)
    .execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const REQUESTS: Criteria[] = [
  { query: 'translator', languages: [{ code: 'es', min_level: 'native' }] },
  {
    query: 'content writer for our blog',
    languages: [
      { code: 'en', min_level: 'fluent' },
      { code: 'fr', min_level: 'basic' },
    ],
  },
  {
    query: 'UX designer',
    location: { regions: ['latin_america'] },
    availability: { min_hours_per_week: 30 },
  },
  {
    query: 'Shopify expert',
    required_skills: ['Shopify'],
    min_rating: 4.5,
    hourly_rate: { max: 80 },
  },
  {
    query: 'React developer',
    badges: ['top_rated'],
    talent_type: 'independent',
    min_job_success: 90,
  },
  { query: 'data analyst', location: { exclude_regions: ['europe'] }, experience_level: 'expert' },
  { query: 'video editor', min_jobs_completed: 5, availability: { start_by: '2026-12-15' } },
  {
    query: 'Python developer',
    required_skills: ['Python'],
    location: { overlap_with: { timezone: 'America/New_York', hours: 4 } },
  },
  { query: 'logo designer', location: { countries: ['MX', 'BR'], utc_offset_min: -4 } },
];

describe('search rows', () => {
  it('hold exactly what the profiles hold after seeding', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from search_rows`.execute(
      seeded.ctx.db,
    );
    expect(rows[0].n).toBeGreaterThan(100);
    expect(await drift(seeded.ctx.db)).toBe(0);
  });

  it('give the plain scan’s matches and counts, languages included', async () => {
    for (const criteria of REQUESTS) {
      const plan = { ...(await planSearch(seeded.ctx, criteria)), countBy: undefined };
      const plain = await plainMatches(plan);
      expect(await countMatches(seeded.ctx.db, plan)).toBe(plain.length);
      const { rows, total } = await retrieveCandidates(seeded.ctx.db, { ...plan, fullText: [] });
      expect(total).toBe(plain.length);
      const allowed = new Set(plain);
      for (const r of rows) expect(allowed.has(Number(r.id))).toBe(true);
    }
    // The language requests above do narrow the matches (they are not vacuous).
    const spoken = await planSearch(seeded.ctx, REQUESTS[0]);
    const unspoken = await planSearch(seeded.ctx, { query: 'translator' });
    expect((await plainMatches(spoken)).length).toBeGreaterThan(0);
    expect((await plainMatches(spoken)).length).toBeLessThan((await plainMatches(unspoken)).length);
  });

  it('follow every write to the profiles and their languages', async () => {
    // Planned before the writes, whose transaction every query inside must go through.
    const plan = await planSearch(seeded.ctx, {
      query: 'glacier guide',
      location: { countries: ['FJ'] },
    });
    await rolledBack(seeded.ctx.db, async (db) => {
      const [a, b, c, d, e] = (
        await sql<{ id: number }>`select id from freelancers f where ai_opt_in
          and exists (select 1 from freelancer_languages l where l.freelancer_id = f.id)
          order by id limit 5`.execute(db)
      ).rows.map((r) => Number(r.id));
      await sql`update freelancers set hourly_rate_usd = hourly_rate_usd + 7, country = 'FJ',
        badges = array['rising_talent'], headline_doc = setweight(to_tsvector('english', 'Glacier guide'), 'A'),
        updated_at = now() where id = ${a}`.execute(db);
      await sql`update freelancers set ai_opt_in = false where id = ${b}`.execute(db);
      await sql`delete from freelancer_languages where freelancer_id = ${c}`.execute(db);
      await sql`insert into freelancer_languages (freelancer_id, code, level, level_rank)
        values (${c}, 'is', 'native', 4)`.execute(db);
      await sql`delete from freelancer_languages where freelancer_id = ${e}`.execute(db);
      await sql`update freelancer_languages set level = 'basic', level_rank = 1
        where freelancer_id = ${d}`.execute(db);
      // A new profile, copied from another under a new external id.
      await sql`insert into freelancers (external_id, name, title, overview, hourly_rate_usd, country,
          city, timezone, region, hours_per_week, available_from, talent_type, rating, reviews_count,
          jobs_completed, job_success, total_earnings_usd, total_hours, member_since,
          response_time_hours, experience_years, prior_score, badges, certifications, skill_ids,
          other_skills, ai_opt_in, search_doc, headline_doc, max_evidence, source_hash)
        select 'copy-' || external_id, name, title, overview, hourly_rate_usd, country, city,
          timezone, region, hours_per_week, available_from, talent_type, rating, reviews_count,
          jobs_completed, job_success, total_earnings_usd, total_hours, member_since,
          response_time_hours, experience_years, prior_score, badges, certifications, skill_ids,
          other_skills, ai_opt_in, search_doc, headline_doc, max_evidence, source_hash
        from freelancers where id = ${d}`.execute(db);
      const removed = (
        await sql<{
          id: number;
        }>`select id from freelancers order by id desc limit 1 offset 1`.execute(db)
      ).rows[0].id;
      await sql`delete from freelancers where id = ${removed}`.execute(db);
      expect(await drift(db)).toBe(0);

      const row = (id: number) =>
        db.selectFrom('search_rows').selectAll().where('id', '=', id).executeTakeFirst();
      expect((await row(a))?.country).toBe('FJ');
      expect((await row(b))?.ai_opt_in).toBe(false);
      expect((await row(c))?.languages).toEqual(['is1', 'is2', 'is3', 'is4']);
      expect((await row(e))?.languages).toEqual([]);
      expect(await row(Number(removed))).toBeUndefined();
      // And searches see it at once: a glacier guide in Fiji, found by title and place.
      const { rows } = await retrieveCandidates(db, { ...plan, fullText: [] });
      expect(rows.map((r) => Number(r.id))).toContain(a);
    });
  });

  it('are emptied with the profiles', async () => {
    const db = seeded.ctx.db;
    const left = await db
      .transaction()
      .execute(async (trx) => {
        await sql`truncate freelancers cascade`.execute(trx);
        const { rows } = await sql<{
          n: number;
        }>`select count(*)::int as n from search_rows`.execute(trx);
        throw Object.assign(new Error('rollback'), { left: rows[0].n });
      })
      .catch((e: { left?: number }) => e.left);
    expect(left).toBe(0);
    expect(await drift(db)).toBe(0);
  });
});
