import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import type { CandidateRow } from '../../core/candidate.js';
import { hardFilters, type FilterName } from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';
import { textRelevance } from './fulltext.js';
import { idRecall, listRecall, recallByText, type Recall } from './recall.js';
import { rowFilters } from './search-rows.js';

// Stage one: a few hundred candidates from SQL, never a ranking of everything that matches.
// Three branches, each taking the best of its matches by a cheap indexed order:
//   skills  – profiles showing searched skills (GIN on skill_ids), by skill overlap and prior;
//   text    – title/skill words of the query (GIN on headline_doc), by prior;
//   rising  – rising talent among either, so that new people can reach the scorer at all.
// Text relevance is computed for the union only.

// Words retrieve by title only (`title_doc`, the headline's weight-A lexemes): skills are matched
// by id (with synonyms and narrower skills), and words found only in long skill lists made the
// match set, and so the count, several times larger.

export const RETRIEVE_LIMITS = { skills: 100, text: 50, rising: 16, semantic: 40, fulltext: 60 };

// Words that say nothing about the work: left out of the text query so it stays selective.
const FILLER = new Set(
  (
    'developer developers engineer engineers expert experts freelancer freelancers experience experienced ' +
    'project projects month months week weeks year years senior junior mid level someone somebody need needs ' +
    'needed looking help good great start starting next work working job hire hiring want wants person ' +
    'people team strong skilled professional specialist can who with for and the a an to of in on at ' +
    'our my we us i me like also very really time zone zones based from under over about into some'
  ).split(' '),
);

/** The query's meaningful words, cleaned for to_tsquery. */
export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 1 && !FILLER.has(w)))].slice(0, 24);
}

/**
 * The query's words that no recognised skill accounts for. Skills match by id; their words would
 * only add noise through stemming ("Unreal Engine" → "engin", which every Engineer title has).
 */
export function textTerms(plan: SearchPlan): string[] {
  const covered = new Set<string>();
  for (const t of [...plan.required, ...plan.preferred, ...plan.querySkills]) {
    for (const w of `${t.asWritten} ${t.node.name}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      covered.add(w);
  }
  const terms = queryTerms(plan.criteria.query).filter((w) => !covered.has(w));
  if (terms.length || covered.size) return terms;
  // Only generic words ("a developer", "an expert"): search titles for them rather than nothing.
  const words = plan.criteria.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length > 2))].slice(0, 8);
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

/** Counts stop here: above it, a total is a lower bound (`total_is_lower_bound`, DESIGN §3). */
export const COUNT_LIMIT = 10_000;

export interface Retrieved {
  rows: CandidateRow[];
  /**
   * Profiles that pass the hard filters and are relevant at all (a searched skill or word),
   * counted up to COUNT_LIMIT + 1: more than COUNT_LIMIT means "at least that many".
   */
  total: number;
}

export async function retrieveCandidates(
  db: Db,
  plan: SearchPlan,
  nearest?: number[],
  countLimit = COUNT_LIMIT,
): Promise<Retrieved> {
  const skillTerms = [...plan.required, ...plan.preferred, ...plan.querySkills].map(
    (t) => t.node.id,
  );
  const terms = textTerms(plan);
  const selective = tsQuery(terms);
  const relevant = relevance(skillTerms, terms);
  const fullText = plan.fullText.length ? plan.fullText : undefined;
  if (!relevant && !nearest && !fullText) return { rows: [], total: 0 };

  // The match set is read once (GIN posting lists, then the hard filters), up to COUNT_LIMIT + 1
  // rows, counted, and every branch takes its best few from it, so the count and the three
  // branches cost one bounded read. Below the limit that is every match, exactly as before; a
  // broader request (thousands of React developers in a million profiles) takes its branches from
  // the first COUNT_LIMIT + 1 matches in index order and reports its total as a lower bound.
  // Each matched row carries scalars only (how many searched skills it shows, whether a word hit,
  // rising talent), so the branches sort numbers rather than re-reading arrays.
  const overlap = skillTerms.length
    ? sql.join(
        skillTerms.map((id) => sql`(f.skill_ids @> array[${sql.lit(id)}]::int[])::int`),
        sql` + `,
      )
    : sql`0`;
  const branches: RawBuilder<unknown>[] = [];
  if (skillTerms.length) {
    branches.push(sql`(select m.id from matched m where m.overlap > 0
      order by m.overlap * 0.35 + m.prior_score desc limit ${sql.lit(RETRIEVE_LIMITS.skills)})`);
  }
  if (selective) {
    branches.push(sql`(select m.id from matched m where m.text_hit
      order by m.prior_score desc limit ${sql.lit(RETRIEVE_LIMITS.text)})`);
  }
  branches.push(sql`(select m.id from matched m where m.rising
    order by m.prior_score desc limit ${sql.lit(RETRIEVE_LIMITS.rising)})`);
  if (nearest) {
    // The vector retriever (pgvector's HNSW index): people whose profiles read like the request,
    // whatever words they use, within the same hard filters.
    const near = db
      .selectFrom('embeddings as e')
      .innerJoin('freelancers as f', 'f.id', 'e.freelancer_id')
      .select('f.id')
      .where((eb) => hardFilters(plan, eb))
      .orderBy(sql`e.vec <=> ${JSON.stringify(nearest)}::vector`)
      .limit(RETRIEVE_LIMITS.semantic);
    branches.push(sql`(${near})`);
  }

  // The match set comes from the narrow search rows (search-rows.ts), not the profile rows.
  const matched = db
    .selectFrom('search_rows as f')
    .select(['f.id', 'f.prior_score'])
    .select([
      sql<number>`${overlap}`.as('overlap'),
      selective
        ? sql<boolean>`f.title_doc @@ ${selective}`.as('text_hit')
        : sql<boolean>`false`.as('text_hit'),
      sql<boolean>`'rising_talent' = any(f.badges)`.as('rising'),
    ])
    .where((eb) => rowFilters(plan, eb))
    .$if(!requiredImplies(plan, skillTerms), (q) =>
      q.where((relevant ?? sql<boolean>`false`) as never),
    )
    .limit(countLimit + 1);
  // A plan that counts by less than it reads (countBy: the query without its preferences) counts
  // its own bounded match set; otherwise the count is the match set's.
  const countedBy = countedRelevance(plan);
  const counted = countedBy
    ? db
        .selectFrom('search_rows as f')
        .select('f.id')
        .where((eb) => rowFilters(plan, eb))
        .$if(!requiredImplies(plan, plan.countBy!.skillIds), (q) => q.where(countedBy as never))
        .limit(countLimit + 1)
    : undefined;
  const countSet = counted ? sql`counted` : sql`matched`;
  const run = async (recall: Recall | undefined) => {
    const { rows } = await sql<CandidateRow & { total: number; recall_retry?: boolean }>`
      with matched as materialized (${matched}),
      ${counted ? sql`counted as materialized (${counted}),` : sql``}
      ${recall?.ctes ?? sql``}
      candidates as (${sql.join(recall ? [...branches, recall.branch] : branches, sql` union `)})
      select ${candidateColumns(plan, recall)}, (select count(*) from ${countSet})
        ${recall ? sql`+ (select count(*) from recalled r where r.id not in (select id from ${countSet}))` : sql``}
        as total ${recall?.retry ?? sql``}
      from candidates c join freelancers f on f.id = c.id ${docOf(plan, recall)} ${recall?.join ?? sql``}`.execute(
      db,
    );
    return rows;
  };
  // Full-text recall: the profiles holding the request's rarer words anywhere in their text, best
  // few by their BM25-like relevance, from the champion lists in the same statement (recall.ts).
  // Selective filters over a cut list add the scan within the statement; when profiles changed
  // since `train`, or nothing was found at all, retrieval runs again with recall's own scan.
  let rows = await run(fullText && listRecall(db, plan, RETRIEVE_LIMITS.fulltext));
  if (fullText && (rows.length === 0 || rows[0].recall_retry)) {
    const ids = await recallByText(db, plan, RETRIEVE_LIMITS.fulltext);
    // Nothing found, and recall finds nothing either: the same statement again would be empty.
    if (rows.length > 0 || ids.length > 0) rows = await run(idRecall(ids));
  }
  for (const r of rows) delete r.recall_retry;
  return { rows, total: rows.length ? Number(rows[0].total) : 0 };
}

/** One profile's candidate row for a search, whether or not it passes the search's filters. */
export async function loadCandidate(
  db: Db,
  plan: SearchPlan,
  externalId: string,
): Promise<CandidateRow | undefined> {
  const { rows } = await sql<CandidateRow>`
    select ${candidateColumns(plan)} from freelancers f ${docOf(plan)}
    where f.external_id = ${externalId} and f.ai_opt_in`.execute(db);
  return rows[0];
}

// A profile's whole text, read (and decompressed) once per row rather than once per word and use:
// concatenating with an empty vector makes an in-memory copy that every ts_rank then shares. A
// plan without full-text words ranks none, so it reads no text.
function docOf(plan: SearchPlan, recall?: Recall): RawBuilder<unknown> {
  const whole = sql`f.search_doc || ''::tsvector`;
  const doc = !plan.fullText.length
    ? sql`null::tsvector`
    : recall?.needsDoc
      ? sql`case when ${recall.needsDoc} then ${whole} end`
      : whole;
  return sql`cross join lateral (select ${doc} as doc offset 0) d`;
}

/** The columns of a candidate row, over `freelancers f` and its text `d.doc` (docOf). */
function candidateColumns(plan: SearchPlan, recall?: Recall): RawBuilder<unknown> {
  const relevance = textRelevance(plan.fullText, sql`d.doc`);
  const full = tsQuery(textTerms(plan));
  const searched = searchedSkillIds(plan);
  return sql`f.id, f.external_id, f.name, f.title, f.hourly_rate_usd, f.country, f.timezone, f.rating,
      f.reviews_count, f.jobs_completed, f.job_success, f.total_earnings_usd, f.badges,
      f.hours_per_week, f.available_from, f.response_time_hours, f.member_since, f.experience_years,
      f.max_evidence,
      ${full ? sql`ts_rank_cd(f.headline_doc, ${full}, 1)` : sql`0`}::float8 as text_rank,
      ${recall?.rank && recall.needsDoc ? sql`case when ${recall.needsDoc} then ${relevance} else ${recall.rank} end` : relevance}::float8 as fulltext_rank,
      (select json_agg(json_build_object('skill_id', fs.skill_id, 'years', fs.years,
              'level', fs.level, 'evidence', fs.evidence_count, 'rated', fs.rated,
              'rating_sum', fs.rating_sum, 'judged', fs.judged, 'succeeded', fs.succeeded))
         from freelancer_skills fs
        where fs.freelancer_id = f.id and fs.skill_id = any(${sql.val(searched)}::int[])) as skills`;
}

/**
 * A search row is relevant when it shows a searched skill or has a searched word in its title.
 * The title's words are the headline's weight-A lexemes (`title_doc`, with its own index), which
 * answers exactly: `headline_doc @@ 'word':A` would read every profile with the word among its
 * skills too and recheck each heap row's vector, which cost most of a search at 100,000.
 */
function relevance(skillTerms: number[], words: string[]): RawBuilder<unknown> | undefined {
  const parts: RawBuilder<unknown>[] = [];
  const titled = tsQuery(words);
  if (skillTerms.length) parts.push(sql`f.skill_ids && ${sql.val(skillTerms)}::int[]`);
  if (titled) parts.push(sql`f.title_doc @@ ${titled}`);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : undefined;
}

/**
 * True when the required-skills filter already makes every row relevant: a row shows every
 * required skill, so one of them among the searched ids means it overlaps them. The relevance
 * test is then left out: the same rows in the same order, but the planner no longer multiplies
 * the two tests' selectivities into a fifth of the rows, so a broad required skill is read in
 * table order up to the limit rather than through its whole posting list (docs/performance.md).
 */
function requiredImplies(
  plan: SearchPlan,
  skillIds: number[],
  skip?: ReadonlySet<FilterName>,
): boolean {
  if (skip?.has('required_skills')) return false;
  const searched = new Set(skillIds);
  return plan.required.some((t) => searched.has(t.node.id));
}

/** What makes a profile count, when the plan counts by less than it retrieves (`countBy`). */
function countedRelevance(plan: SearchPlan): RawBuilder<unknown> | undefined {
  const by = plan.countBy;
  return by ? relevance(by.skillIds, by.textTerms) : undefined;
}

/** The same count as retrieval's (up to COUNT_LIMIT + 1), for a loosened plan or with some filters left out. */
export async function countMatches(
  db: Db,
  plan: SearchPlan,
  skip?: ReadonlySet<FilterName>,
): Promise<number> {
  const skillTerms = [...plan.preferred, ...plan.querySkills, ...plan.required].map(
    (t) => t.node.id,
  );
  const relevant = countedRelevance(plan) ?? relevance(skillTerms, textTerms(plan));
  if (!relevant) return 0;
  const matches = db
    .selectFrom('search_rows as f')
    .select(sql.lit(1).as('one'))
    .where((eb) => rowFilters(plan, eb, skip))
    .$if(!requiredImplies(plan, plan.countBy?.skillIds ?? skillTerms, skip), (q) =>
      q.where(relevant as never),
    )
    .limit(COUNT_LIMIT + 1);
  const row = await db
    .selectFrom(matches.as('m'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
