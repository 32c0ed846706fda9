import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.js';
import { hardFilters } from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';
import { cleanLexeme, SATURATION, textMatch, textRelevance } from './fulltext.js';
import { placeKeys, rowFilters } from './search-rows.js';

// Full-text recall from champion lists. Per word, `train` keeps the profiles where that word
// ranks best (its ts_rank, length-normalised, the same number textRelevance computes), in
// `text_champions`, ordered by rank. Recall reads each word's list with an index range, sums the
// BM25-like parts per profile, and checks the hard filters of the best only: a few thousand narrow
// index entries instead of decompressing and ranking up to RECALL_POOL whole profile texts.
// Two fallbacks keep it as correct as the scan it replaces:
//   – profiles changed since the lists were written (an import after `train`) are scanned as
//     before, and their stale list entries are ignored;
//   – when the filters leave fewer than the branch's share and a word's list was cut at
//     CHAMPIONS_PER_WORD (more profiles hold it), the whole scan runs as before.

/** Full-text matches ranked at most by the scan, so it costs the same in any size of index. */
const RECALL_POOL = 2_000;

interface Scored {
  id: number;
  score: number;
}

/**
 * The ids of the best `limit` profiles by full-text relevance to the plan's words, within its
 * hard filters: from the champion lists where they exist and are current, else by the scan.
 */
export async function recallByText(db: Db, plan: SearchPlan, limit: number): Promise<number[]> {
  if (plan.fullText.length === 0) return [];
  const lists = await championLists(db);
  let found: Scored[];
  if (!lists) {
    found = await scanRecall(db, plan, limit);
  } else {
    const best = await readChampions(db, plan, limit, lists.stale ? lists.builtAt : undefined);
    found = best.rows;
    if (best.rows.length < limit && best.cut) found = await scanRecall(db, plan, limit);
    else if (lists.stale) found = found.concat(await scanRecall(db, plan, limit, lists.builtAt));
  }
  const byId = new Map<number, number>();
  for (const r of found) byId.set(r.id, Math.max(r.score, byId.get(r.id) ?? -1));
  return [...byId]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/** True when profiles changed since the champion lists were written, or there are none. */
const listsStale = sql<boolean>`coalesce((select max(updated_at) from freelancers)
  > (select counted_at from index_facts where name = 'text_champions'), true)`;

/** When the lists were written, and whether any profile changed since. */
async function championLists(db: Db): Promise<{ builtAt: Date; stale: boolean } | undefined> {
  const { rows } = await sql<{ built_at: Date | string; stale: boolean }>`
    select c.counted_at as built_at, ${listsStale} as stale
    from index_facts c where c.name = 'text_champions'`.execute(db);
  if (!rows[0]) return undefined;
  return { builtAt: new Date(rows[0].built_at), stale: rows[0].stale };
}

/**
 * Common table expressions `words`, `pooled` (each profile on a list, with the sum of its
 * entries: the exact BM25-like relevance when no list is cut) and `recalled` (the best `limit`
 * of them within the filters, and unchanged since `changedAfter` when given), each followed by a
 * comma; and `cut`, true when some word's list holds only its best CHAMPIONS_PER_WORD.
 */
export function championRecall(
  db: Db,
  plan: SearchPlan,
  limit: number,
  changedAfter?: Date,
  as = 'recalled',
): { ctes: RawBuilder<unknown>; cut: RawBuilder<boolean> } {
  const words = sql.join(
    plan.fullText.map((t) => sql`(${cleanLexeme(t.lexeme)}::text, ${sql.lit(t.idf)}::float8)`),
  );
  // The filters are checked in score order, one primary-key probe of a search row each, until
  // `limit` pass.
  const passes = db
    .selectFrom('search_rows as f')
    .select(sql.lit(1).as('ok'))
    .where(sql<boolean>`f.id = p.id`)
    .where((eb) => rowFilters(plan, eb))
    .$if(changedAfter !== undefined, (q) => q.where('f.updated_at', '<=', changedAfter!));
  // How long the lists were written: a word held by more profiles has a cut list.
  const perWord = sql`(select (value->>'per_word')::int from index_facts where name = 'text_champions')`;
  const ctes = sql`words (lexeme, idf) as (values ${words}),
    pooled as materialized (
      select c.freelancer_id as id,
        sum(w.idf * (c.rank / (c.rank + ${sql.lit(SATURATION)}))) as score
      from words w cross join lateral (
        select t.freelancer_id, t.rank from text_champions t where t.lexeme = w.lexeme
        order by t.rank desc limit ${perWord}) c
      group by c.freelancer_id),
    ${sql.id(as)} as materialized (
      select p.id, p.score from (select id, score from pooled order by score desc, id offset 0) p
      cross join lateral (${passes}) ok
      order by p.score desc, p.id limit ${sql.lit(limit)}),`;
  const cut = sql<boolean>`exists (
      select 1 from words w join profile_lexemes p on p.lexeme = w.lexeme
      where p.profiles > ${perWord}
        or not exists (select 1 from text_champions t where t.lexeme = w.lexeme))`;
  return { ctes, cut };
}

/** The best `limit` from the lists, and whether a short answer may not be all there is. */
async function readChampions(
  db: Db,
  plan: SearchPlan,
  limit: number,
  changedAfter: Date | undefined,
): Promise<{ rows: Scored[]; cut: boolean }> {
  const { ctes, cut } = championRecall(db, plan, limit, changedAfter);
  const { rows } = await sql<{ id: string | number | null; score: number | null }>`
    with ${ctes} best as (select id, score from recalled)
    select id, score from best
    union all
    select null, null where ${cut}`.execute(db);
  const found = rows.filter((r) => r.id !== null);
  return {
    rows: found.map((r) => ({ id: Number(r.id), score: Number(r.score) })),
    cut: found.length < rows.length,
  };
}

/**
 * The scan: up to RECALL_POOL profiles holding any of the words (GIN on search_doc, with the place
 * as a second key: migration 93), within the filters (and changed after `changedAfter`, when
 * given), ranked by their whole text.
 */
async function scanRecall(
  db: Db,
  plan: SearchPlan,
  limit: number,
  changedAfter?: Date,
): Promise<Scored[]> {
  const pool = db
    .selectFrom('freelancers as f')
    .select(['f.id', sql`f.search_doc || ''::tsvector`.as('doc')])
    .where((eb) => eb.and([hardFilters(plan, eb), ...placeKeys(plan)]))
    .where(textMatch(plan.fullText) as never)
    .$if(changedAfter !== undefined, (q) => q.where('f.updated_at', '>', changedAfter!))
    .limit(RECALL_POOL);
  const { rows } = await sql<{ id: string | number; score: number }>`
    select r.id, ${textRelevance(plan.fullText, sql`r.doc`)} as score from (${pool}) r
    order by score desc, r.id limit ${sql.lit(limit)}`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
}

/** How full-text recall enters the statement: its CTEs (defining `recalled`) and columns. */
export interface Recall {
  ctes: RawBuilder<unknown>;
  branch: RawBuilder<unknown>;
  /** A candidate's fulltext_rank, when it comes from the lists rather than its text `d.doc`. */
  rank?: RawBuilder<number>;
  /** The text is read only when this is true (an InitPlan: once per statement). */
  needsDoc?: RawBuilder<boolean>;
  join?: RawBuilder<unknown>;
  retry?: RawBuilder<unknown>;
}

/**
 * Recall from the champion lists, inside the retrieval statement. When the filters leave fewer
 * than `limit` on the lists and a list is cut, the same statement also runs the scan (a gate
 * evaluated once), and the two are merged by score; only profiles changed since the lists were
 * written make the caller run retrieval again (`recall_retry`).
 */
export function listRecall(db: Db, plan: SearchPlan, limit: number): Recall {
  const { ctes, cut } = championRecall(db, plan, limit, undefined, 'listed');
  const scan = db
    .selectFrom('freelancers as f')
    .select(['f.id', sql`f.search_doc || ''::tsvector`.as('doc')])
    .where((eb) => eb.and([hardFilters(plan, eb), ...placeKeys(plan)]))
    .where(textMatch(plan.fullText) as never)
    .where(sql<boolean>`(select short from recall_state)`)
    .limit(RECALL_POOL);
  return {
    ctes: sql`${ctes} recall_state as materialized (select ${cut} as cut, ${listsStale} as stale,
        ${cut} and (select count(*) from listed) < ${sql.lit(limit)} as short),
      scanned as materialized (
        select r.id, ${textRelevance(plan.fullText, sql`r.doc`)} as score from (${scan}) r
        order by score desc, r.id limit ${sql.lit(limit)}),
      recalled as materialized (
        select id from (select id, score from listed union all select id, score from scanned) x
        group by id order by max(score) desc, id limit ${sql.lit(limit)}),`,
    branch: sql`(select r.id from recalled r)`,
    // With no list cut, a profile's sum over the lists is its exact relevance (0 when on none).
    rank: sql<number>`coalesce(pr.score, 0)`,
    needsDoc: sql<boolean>`(select cut from recall_state)`,
    join: sql`left join pooled pr on pr.id = f.id`,
    retry: sql`, (select stale from recall_state) as recall_retry`,
  };
}

/** Recall already done (recallByText), as ids. */
export function idRecall(ids: number[]): Recall {
  return {
    ctes: sql`recalled as materialized (select unnest(${sql.val(ids)}::bigint[]) as id),`,
    branch: sql`(select r.id from recalled r)`,
  };
}
