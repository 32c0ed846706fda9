import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SearchPlan } from '../../../src/core/search-plan.js';
import * as textChampions from '../../../migrations/2026-12-01-9-text-champions.js';
import {
  buildTextChampions,
  compactSearchIndexes,
} from '../../../src/search/retrieve/champion-lists.js';
import { hardFilters } from '../../../src/core/hard-filters.js';
import { textMatch, textRelevance } from '../../../src/search/retrieve/fulltext.js';
import { recallByText } from '../../../src/search/retrieve/recall.js';
import { loadCandidate, retrieveCandidates } from '../../../src/search/retrieve/retrieve.js';
import { planSearch } from '../../../src/search/search.js';
import { useSeeded } from '../../helpers/seeded.js';

// Full-text recall reads per-word champion lists written by `train` instead of ranking whole
// texts; it must answer what the scan answers, within the filters, and stay right when profiles
// change after the lists were written or when a cut list cannot fill a selective request.

const seeded = useSeeded();

const QUERY = 'help me with my books, receipts everywhere and nothing reconciled at month end';

async function plainWords(criteria: Record<string, unknown> = {}): Promise<SearchPlan> {
  const plan = await planSearch(seeded.ctx, { query: QUERY, ...criteria });
  expect(plan.fullText.length).toBeGreaterThan(1);
  return plan;
}

/** The plan with its full-text words only, so retrieval's candidates are recall's alone. */
function recallOnly(plan: SearchPlan): SearchPlan {
  const none = { required: [], preferred: [], querySkills: [], countBy: undefined };
  return { ...plan, ...none, criteria: { ...plan.criteria, query: '' } };
}

async function retrievedIds(plan: SearchPlan): Promise<Set<number>> {
  return new Set((await retrieveCandidates(seeded.ctx.db, recallOnly(plan))).rows.map((r) => r.id));
}

/** Recall by the scan alone, as an index without lists answers. */
async function scanned(plan: SearchPlan): Promise<number[]> {
  const fact = await seeded.ctx.db
    .deleteFrom('index_facts')
    .where('name', '=', 'text_champions')
    .returningAll()
    .executeTakeFirstOrThrow();
  try {
    return await recallByText(seeded.ctx.db, plan, 60);
  } finally {
    await seeded.ctx.db
      .insertInto('index_facts')
      .values({ name: fact.name, value: JSON.stringify(fact.value), counted_at: fact.counted_at })
      .execute();
  }
}

/** The best 60 by whole text within the filters, by a plain reading of every profile. */
async function plainScan(plan: SearchPlan): Promise<number[]> {
  const rows = await seeded.ctx.db
    .selectFrom('freelancers as f')
    .select(['f.id', textRelevance(plan.fullText).as('score')])
    .where((eb) => hardFilters(plan, eb))
    .where(textMatch(plan.fullText) as never)
    .orderBy('score', 'desc')
    .orderBy('f.id')
    .limit(60)
    .execute();
  return rows.map((r) => Number(r.id));
}

describe('full-text recall from champion lists', () => {
  it('scans a place-filtered request through the place keys, finding what a plain reading finds', async () => {
    for (const location of [
      { regions: ['europe'] },
      { countries: ['US', 'GB', 'IN'] },
      { overlap_with: { timezone: 'America/New_York', hours: 4 } },
    ]) {
      const plan = await plainWords({ location });
      expect(plan.countries ?? plan.timezones).toBeDefined();
      const expected = await plainScan(plan);
      expect(expected.length).toBeGreaterThan(3);
      expect(await scanned(plan)).toEqual(expected);
    }
  });

  it('finds what the scan finds, and ranks candidates exactly as their whole text does', async () => {
    const plan = await plainWords();
    const fromLists = await recallByText(seeded.ctx.db, plan, 60);
    expect(fromLists.length).toBeGreaterThan(10);
    expect(fromLists).toEqual(await scanned(plan));
    expect(await retrievedIds(plan)).toEqual(new Set(fromLists));

    const { rows } = await retrieveCandidates(seeded.ctx.db, plan);
    const recalled = new Set(fromLists);
    expect(rows.filter((r) => recalled.has(r.id)).length).toBe(fromLists.length);
    for (const r of rows.slice(0, 80)) {
      const fromText = await loadCandidate(seeded.ctx.db, plan, r.external_id);
      expect(r.fulltext_rank).toBeCloseTo(fromText!.fulltext_rank, 5);
    }
  });

  it('keeps to the hard filters and never returns an opted-out profile', async () => {
    const plan = await plainWords({ hourly_rate: { max: 45 } });
    const ids = await recallByText(seeded.ctx.db, plan, 60);
    expect(ids.length).toBeGreaterThan(0);
    const rates = await seeded.ctx.db
      .selectFrom('freelancers')
      .select('hourly_rate_usd')
      .where('id', 'in', ids)
      .execute();
    for (const r of rates) expect(r.hourly_rate_usd).toBeLessThanOrEqual(45);

    // Opted out without touching updated_at, so the lists still name them: the filter must drop them.
    const [top] = ids;
    await sql`update freelancers set ai_opt_in = false, updated_at = updated_at where id = ${top}`.execute(
      seeded.ctx.db,
    );
    try {
      expect(await recallByText(seeded.ctx.db, plan, 60)).not.toContain(top);
      const { rows } = await retrieveCandidates(seeded.ctx.db, plan);
      expect(rows.map((r) => r.id)).not.toContain(top);
    } finally {
      await sql`update freelancers set ai_opt_in = true, updated_at = updated_at where id = ${top}`.execute(
        seeded.ctx.db,
      );
    }
  });

  it('finds a profile changed after the lists were written, with its new text, and in the lists the migration writes for an index trained before it', async () => {
    const count = async () =>
      Number(
        (
          await seeded.ctx.db
            .selectFrom('text_champions')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const built = await count();
    expect(built).toBeGreaterThan(1000);
    const plan = await plainWords();
    const before = new Set(await recallByText(seeded.ctx.db, plan, 60));
    const { rows: outside } = await sql<{ id: number; external_id: string }>`
      select id, external_id from freelancers where ai_opt_in and id <> all(${[...before]}::bigint[])
      order by id limit 1`.execute(seeded.ctx.db);
    const changed = outside[0];
    const words = plan.fullText.map((t) => t.lexeme).join(' ');
    await sql`update freelancers
      set search_doc = search_doc || setweight(to_tsvector('simple', ${`${words} ${words}`}), 'A'),
        updated_at = now()
      where id = ${changed.id}`.execute(seeded.ctx.db);
    const after = await recallByText(seeded.ctx.db, plan, 60);
    expect(after[0]).toBe(Number(changed.id));
    const { rows } = await retrieveCandidates(seeded.ctx.db, plan);
    const row = rows.find((r) => r.id === Number(changed.id));
    const fromText = await loadCandidate(seeded.ctx.db, plan, changed.external_id);
    expect(row?.fulltext_rank).toBeCloseTo(fromText!.fulltext_rank, 5);

    // The lists written again, with the changed profile in them: here by the migration, as for an
    // index trained before it (one build instead of a rebuild by train and another by the
    // migration). They are train's lists but for the changed profile, which can only add itself
    // to the lists of the words it gained.
    await textChampions.down(seeded.ctx.db);
    await textChampions.up(seeded.ctx.db);
    expect(await recallByText(seeded.ctx.db, plan, 60)).toEqual(after);
    const rebuilt = await count();
    expect(rebuilt).toBeGreaterThanOrEqual(built);
    expect(rebuilt).toBeLessThanOrEqual(built + plan.fullText.length);
  });

  it('leave the search indexes with nothing pending after train and import', async () => {
    const write = () =>
      sql`update freelancers set headline_doc = headline_doc || 'pending'::tsvector
        where id in (select id from freelancers order by id limit 200)`.execute(seeded.ctx.db);
    const pending = async () =>
      (
        await sql<{ pages: number }>`
          select gin_clean_pending_list(i.indexrelid)::int as pages from pg_index i
          join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
          where a.amname = 'gin' and i.indrelid = 'freelancers'::regclass`.execute(seeded.ctx.db)
      ).rows.map((r) => r.pages);
    await write();
    expect(Math.max(...(await pending()))).toBeGreaterThan(0);
    await write();
    await compactSearchIndexes(seeded.ctx.db);
    const left = await pending();
    expect(left.length).toBeGreaterThan(4);
    expect(left.filter((pages) => pages > 0)).toEqual([]);
  });

  it('falls back to the scan when cut lists cannot fill a selective request', async () => {
    const plan = await plainWords({ hourly_rate: { max: 30 }, min_rating: 4.5 });
    const expected = await scanned(plan);
    expect(expected.length).toBeGreaterThan(3);
    // Last in the file: the lists stay cut, and rewriting them whole again was a second build.
    await buildTextChampions(seeded.ctx.db, 3);
    const { rows: longest } = await sql<{ n: number }>`
      select max(n)::int as n from (select count(*) as n from text_champions group by lexeme) l`.execute(
      seeded.ctx.db,
    );
    expect(longest).toEqual([{ n: 3 }]);
    expect(await recallByText(seeded.ctx.db, plan, 60)).toEqual(expected);
    expect(await retrievedIds(plan)).toEqual(new Set(expected));
    const { rows } = await retrieveCandidates(seeded.ctx.db, plan);
    const ids = new Set(rows.map((r) => r.id));
    for (const id of expected) expect(ids.has(id)).toBe(true);
  });
});
