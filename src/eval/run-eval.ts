import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { ShortlistError } from '../errors.js';
import { Criteria } from '../core/criteria.js';
import { fullTextRanking } from '../search/retrieve/baseline.js';
import { hardFilters } from '../core/hard-filters.js';
import { ALL_SOURCES, type SearchPlan, type WordSources } from '../core/search-plan.js';
import { interpret } from '../search/understand/interpret.js';
import { rankSearch } from '../search/search.js';
import { grade, loadTruth } from './judge.js';
import { exposureOf, loadStanding, type Exposure } from './exposure.js';
import { mean, ndcg, precisionAt, reciprocalRank, RELEVANT } from './metrics.js';
import { countViolations } from './violations.js';

// `shortlist eval`: our ranking and a plain full-text baseline, on the same judged queries and
// the same hard filters, scored against the generator's hidden truth.

const QueryFile = z.object({
  queries: z
    .array(
      z.object({
        id: z.string(),
        type: z.string(),
        target_skills: z.array(z.string()).min(1),
        request: Criteria,
      }),
    )
    .min(1),
});

export interface Scores {
  ndcg: number;
  p5: number;
  mrr: number;
  violations: number;
}
export interface QueryResult {
  id: string;
  type: string;
  ours: Scores;
  baseline: Scores;
  exposure: Exposure;
  /** Whether the ranked list was empty while a candidate graded 2 or more passed the filters. */
  emptyWithRelevant: boolean;
  /** What the search read in the words, as `skill (source confidence: "phrase")`. */
  understood: string[];
  unused: string[];
}

export function readQueries(path: string) {
  const parsed = QueryFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new ShortlistError(
      'invalid_input',
      `${path}: ${parsed.error.issues[0].path.join('.')} ${parsed.error.issues[0].message}`,
    );
  return parsed.data.queries;
}

export async function runEval(
  ctx: AppContext,
  queries: ReturnType<typeof readQueries>,
  onProgress?: (n: number) => void,
  sources: WordSources = ALL_SOURCES,
): Promise<QueryResult[]> {
  const graph = await ctx.skillGraph();
  const geo = await ctx.geo();
  const truth = await loadTruth(ctx.db, graph);
  if (truth.size === 0)
    throw new ShortlistError(
      'invalid_input',
      'eval needs a seeded index (its hidden truth); run `shortlist seed` first.',
    );
  const now = ctx.clock();
  const standing = await loadStanding(ctx.db, now);
  const results: QueryResult[] = [];
  for (const q of queries) {
    const targets = q.target_skills.map((slug) => {
      const node = graph.resolve(slug);
      if (!node)
        throw new ShortlistError('invalid_input', `query ${q.id}: unknown target skill "${slug}"`);
      return node.id;
    });
    const gradeOf = (id: string) => grade(truth.get(id), targets);
    const plan = interpret(q.request, graph, geo, now);
    const graded = (await passing(ctx, plan)).map((id) => ({ id, grade: gradeOf(id) }));
    const pool = graded.map((p) => p.grade);
    const ranked = await rankSearch(ctx, q.request, 10, sources);
    const ours = ranked.candidates.slice(0, 10).map((c) => c.freelancer_id);
    const base = await fullTextRanking(ctx.db, plan);
    const score = async (ids: string[]): Promise<Scores> => {
      const grades = ids.map(gradeOf);
      return {
        ndcg: ndcg(grades, pool),
        p5: precisionAt(grades),
        mrr: reciprocalRank(grades),
        violations: await countViolations(ctx.db, graph, geo, q.request, ids, now),
      };
    };
    results.push({
      id: q.id,
      type: q.type,
      ours: await score(ours),
      baseline: await score(base),
      exposure: exposureOf(ours, graded, standing),
      emptyWithRelevant: ours.length === 0 && pool.some((g) => g >= RELEVANT),
      understood: ranked.plan.interpreted.understood.map(
        (u) => `${u.skill} (${u.source} ${u.confidence}: "${u.phrase}")`,
      ),
      unused: ranked.plan.interpreted.unused_words,
    });
    onProgress?.(results.length);
  }
  return results;
}

async function passing(ctx: AppContext, plan: SearchPlan): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('freelancers as f')
    .select('f.external_id')
    .where((eb) => hardFilters(plan, eb))
    .execute();
  return rows.map((r) => r.external_id);
}

export function summarise(results: QueryResult[]) {
  const groups = new Map<string, QueryResult[]>();
  for (const r of results) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  groups.set('overall', results);
  return [...groups].map(([type, rs]) => {
    const avg = (side: 'ours' | 'baseline', key: keyof Scores) =>
      key === 'violations'
        ? rs.reduce((s, r) => s + r[side][key], 0)
        : mean(rs.map((r) => r[side][key]));
    return {
      type,
      n: rs.length,
      ours: {
        ndcg: avg('ours', 'ndcg'),
        p5: avg('ours', 'p5'),
        mrr: avg('ours', 'mrr'),
        violations: avg('ours', 'violations'),
      },
      baseline: {
        ndcg: avg('baseline', 'ndcg'),
        p5: avg('baseline', 'p5'),
        mrr: avg('baseline', 'mrr'),
        violations: avg('baseline', 'violations'),
      },
    };
  });
}
