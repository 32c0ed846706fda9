import type { Account, AppContext } from '../context.js';
import { fullTextRanking } from '../search/retrieve/baseline.js';
import { interpret } from '../search/understand/interpret.js';
import { refineSearch } from '../search/refine.js';
import { searchFreelancers } from '../search/search.js';
import { latencyStats, type LatencyStats } from './stats.js';
import { benchQueries, REFINEMENTS } from './workload.js';

// Server-side latency of search and refine on the fixed mix, one client, beside the plain
// baseline the design warns about: full-text ranking of every profile that matches.

export interface SearchBench {
  search: LatencyStats;
  refine: LatencyStats;
  baseline: LatencyStats;
}

export async function benchSearch(
  ctx: AppContext,
  account: Account,
  rounds: number,
  onProgress?: (done: number) => void,
  /** Rounds that also time the baseline (the first ones); the others time search and refine. */
  baselineRounds = rounds,
): Promise<SearchBench> {
  const queries = benchQueries();
  const timings = { search: [] as number[], refine: [] as number[], baseline: [] as number[] };
  const graph = await ctx.skillGraph();
  const geo = await ctx.geo();
  let done = 0;
  // One untimed pass warms caches and the planner, as a running server would be.
  for (let round = -1; round < rounds; round++) {
    for (const [i, criteria] of queries.entries()) {
      let t = performance.now();
      const out = await searchFreelancers(ctx, account, criteria, { limit: 5 });
      const searchMs = performance.now() - t;
      t = performance.now();
      await refineSearch(ctx, account, {
        search_id: out.search_id,
        instruction: REFINEMENTS[i % REFINEMENTS.length],
        limit: 5,
      });
      const refineMs = performance.now() - t;
      // The warm-up pass runs the baseline only when every round times it.
      const timeBaseline = round >= 0 ? round < baselineRounds : baselineRounds === rounds;
      t = performance.now();
      if (timeBaseline) await fullTextRanking(ctx.db, interpret(criteria, graph, geo, ctx.clock()));
      const baselineMs = performance.now() - t;
      if (round >= 0) {
        timings.search.push(searchMs);
        timings.refine.push(refineMs);
        if (timeBaseline) timings.baseline.push(baselineMs);
        onProgress?.(++done);
      }
    }
  }
  return {
    search: latencyStats(timings.search),
    refine: latencyStats(timings.refine),
    baseline: latencyStats(timings.baseline),
  };
}
