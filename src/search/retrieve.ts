import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database.js';
import { hardFilters } from './filters.js';
import type { SearchPlan } from './interpret.js';

// Stage one: a few hundred candidates from SQL, never a ranking of everything that matches.
// Three branches, each taking the best of its matches by a cheap indexed order:
//   skills  – profiles showing searched skills (GIN on skill_ids), by skill overlap and prior;
//   text    – title/skill words of the query (GIN on search_doc, A and B weights), by prior;
//   rising  – rising talent among either, so that new people can reach the scorer at all.
// Text relevance is computed for the union only.

export const RETRIEVE_LIMITS = { skills: 240, text: 120, rising: 30 };

export interface CandidateRow {
  id: number;
  external_id: string;
  name: string;
  title: string;
  hourly_rate_usd: number;
  country: string;
  timezone: string;
  rating: number | null;
  reviews_count: number;
  jobs_completed: number;
  job_success: number | null;
  total_earnings_usd: number;
  badges: string[];
  hours_per_week: number;
  available_from: string | null;
  response_time_hours: number | null;
  member_since: string;
  experience_years: number;
  text_rank: number;
  /** The most evidence behind any one of the person's skills: what "a lot" means for them. */
  max_evidence: number | null;
  /** [rated contracts, mean rating, successes, contracts with an outcome] in the searched skills. */
  skill_outcomes: [number, number | null, number, number] | null;
  /** [skill_id, years, level, evidence_count] for the searched skills and their narrower ones. */
  skills: [number, number | null, string | null, number][] | null;
}

// Words that say nothing about the work: left out of the text query so it stays selective.
const FILLER = new Set(
  ('developer developers engineer engineers expert experts freelancer freelancers experience experienced ' +
    'project projects month months week weeks year years senior junior mid level someone somebody need needs ' +
    'needed looking help good great start starting next work working job hire hiring want wants person ' +
    'people team strong skilled professional specialist can who with for and the a an to of in on at ' +
    'our my we us i me like also very really time zone zones based from under over about into some')
    .split(' '),
);

/** The query's meaningful words, cleaned for to_tsquery. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1 && !FILLER.has(w)))].slice(0, 24);
}

export function tsQuery(terms: string[], weights = ''): RawBuilder<unknown> | undefined {
  if (terms.length === 0) return undefined;
  const text = terms.map((t) => `${t}${weights ? `:${weights}` : ''}`).join(' | ');
  return sql`to_tsquery('english', ${text})`;
}

export function searchedSkillIds(plan: SearchPlan): number[] {
  const ids = new Set<number>();
  for (const t of [...plan.required, ...plan.preferred, ...plan.querySkills]) {
    for (const id of t.accepts) ids.add(id);
  }
  return [...ids];
}

export async function retrieveCandidates(db: Db, plan: SearchPlan): Promise<CandidateRow[]> {
  const skillTerms = [...plan.required, ...plan.preferred, ...plan.querySkills].map((t) => t.node.id);
  const terms = queryTerms(plan.criteria.query);
  const selective = tsQuery(terms, 'AB');
  const full = tsQuery(terms);
  const branches: RawBuilder<unknown>[] = [];
  const where = (extra: RawBuilder<unknown>) =>
    db
      .selectFrom('freelancers as f')
      .select('f.id')
      .where((eb) => hardFilters(plan, eb))
      .where(extra as never);

  if (skillTerms.length) {
    const overlap = sql.join(skillTerms.map((id) => sql`(f.skill_ids @> array[${sql.lit(id)}]::int[])::int`), sql` + `);
    branches.push(
      sql`(${where(sql`f.skill_ids && ${sql.val(skillTerms)}::int[]`)
        .orderBy(sql`(${overlap}) * 0.35 + f.prior_score`, 'desc')
        .limit(RETRIEVE_LIMITS.skills)})`,
    );
  }
  const relevant = (extra?: RawBuilder<unknown>) => {
    const parts: RawBuilder<unknown>[] = [];
    if (skillTerms.length) parts.push(sql`f.skill_ids && ${sql.val(skillTerms)}::int[]`);
    if (selective) parts.push(sql`f.search_doc @@ ${selective}`);
    const any = sql`(${sql.join(parts, sql` or `)})`;
    return extra ? sql`${any} and ${extra}` : any;
  };
  if (selective) {
    branches.push(
      sql`(${where(sql`f.search_doc @@ ${selective}`).orderBy('f.prior_score', 'desc').limit(RETRIEVE_LIMITS.text)})`,
    );
  }
  if (branches.length === 0) return [];
  branches.push(
    sql`(${where(relevant(sql`'rising_talent' = any(f.badges)`))
      .orderBy('f.prior_score', 'desc')
      .limit(RETRIEVE_LIMITS.rising)})`,
  );

  const searched = searchedSkillIds(plan);
  const { rows } = await sql<CandidateRow>`
    with candidates as (${sql.join(branches, sql` union `)})
    select f.id, f.external_id, f.name, f.title, f.hourly_rate_usd, f.country, f.timezone, f.rating,
      f.reviews_count, f.jobs_completed, f.job_success, f.total_earnings_usd, f.badges,
      f.hours_per_week, f.available_from, f.response_time_hours, f.member_since, f.experience_years,
      ${full ? sql`ts_rank_cd(f.search_doc, ${full}, 1)` : sql`0`}::float8 as text_rank,
      (select json_agg(json_build_array(fs.skill_id, fs.years, fs.level, fs.evidence_count))
         from freelancer_skills fs
        where fs.freelancer_id = f.id and fs.skill_id = any(${sql.val(searched)}::int[])) as skills,
      (select max(fs.evidence_count) from freelancer_skills fs where fs.freelancer_id = f.id) as max_evidence,
      (select json_build_array(count(k.rating), avg(k.rating), count(*) filter (where k.success),
              count(k.success))
         from contracts k
        where k.freelancer_id = f.id and k.skill_ids && ${sql.val(searched)}::int[]) as skill_outcomes
    from candidates c join freelancers f on f.id = c.id`.execute(db);
  return rows;
}

/** How many profiles pass the hard filters and are relevant at all (a skill or a title word). */
export async function countMatches(db: Db, plan: SearchPlan, overrides?: Parameters<typeof hardFilters>[2]): Promise<number> {
  const skillTerms = overrides?.requiredSkillIds
    ? [...plan.preferred, ...plan.querySkills].map((t) => t.node.id).concat(overrides.requiredSkillIds)
    : [...plan.required, ...plan.preferred, ...plan.querySkills].map((t) => t.node.id);
  const selective = tsQuery(queryTerms(plan.criteria.query), 'AB');
  const parts: RawBuilder<unknown>[] = [];
  if (skillTerms.length) parts.push(sql`f.skill_ids && ${sql.val(skillTerms)}::int[]`);
  if (selective) parts.push(sql`f.search_doc @@ ${selective}`);
  if (parts.length === 0) return 0;
  const row = await db
    .selectFrom('freelancers as f')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => hardFilters(plan, eb, overrides))
    .where(sql`(${sql.join(parts, sql` or `)})` as never)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
