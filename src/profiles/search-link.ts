import type { Account } from '../context.js';
import type { Db } from '../db/database.js';
import type { Criteria } from '../core/criteria.js';
import type { FitBreakdown } from '../search/explain/fit.js';
import { explainFit } from '../search/fit.js';
import type { PlanDeps, ScoreDeps } from '../search/search-deps.js';
import { loadSearchHead } from '../search/sessions/store.js';

export type SearchHead = Awaited<ReturnType<typeof loadSearchHead>>;

// The profile's view of a search: its session (only for the account that ran it) and the fit
// breakdown of one freelancer against it. Search owns both; this file is the one seam.

export type { FitBreakdown };

export async function searchSession(
  ctx: { db: Db; clock: () => Date },
  account: Account,
  searchId: string,
): Promise<SearchHead> {
  // Only the criteria and id are needed here: the stored list is not read back.
  return loadSearchHead(ctx.db, account.id, searchId, ctx.clock(), 0);
}

export async function fitBreakdown(
  ctx: PlanDeps & ScoreDeps,
  session: SearchHead,
  freelancerId: string,
): Promise<FitBreakdown | undefined> {
  return explainFit(ctx, session.criteria, freelancerId);
}

export type { Criteria };
