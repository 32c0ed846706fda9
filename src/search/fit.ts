import type { Criteria } from '../core/criteria.js';
import { failedFilters, fitBreakdown, type FitBreakdown } from './explain/fit.js';
import { planSearch, scoreSearch } from './search.js';
import type { PlanDeps, ScoreDeps } from './search-deps.js';

/** One freelancer's fit against a search's criteria, or undefined when they are not in the index. */
export async function explainFit(
  ctx: PlanDeps & ScoreDeps,
  criteria: Criteria,
  freelancerId: string,
): Promise<FitBreakdown | undefined> {
  const now = ctx.clock();
  const plan = await planSearch(ctx, criteria);
  // Scored beside the search's own candidates, so text relevance is normalised as it was there.
  const { scored: all } = await scoreSearch(ctx, plan, freelancerId);
  const scored = all.find((s) => s.row.external_id === freelancerId);
  if (!scored) return undefined;
  const failed = await failedFilters(ctx.db, plan, scored.row.id);
  return fitBreakdown(scored, plan, failed, now);
}
