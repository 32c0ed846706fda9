import type { Account, AppContext } from '../context.js';
import type { Criteria } from '../search/criteria.js';
import { explainFit, type FitBreakdown } from '../search/fit.js';
import { loadSearchSession, type SearchSession } from '../search/sessions.js';

// The profile's view of a search: its session (only for the account that ran it) and the fit
// breakdown of one freelancer against it. Search owns both; this file is the one seam.

export type { FitBreakdown };

export async function searchSession(
  ctx: AppContext,
  account: Account,
  searchId: string,
): Promise<SearchSession> {
  return loadSearchSession(ctx.db, account.id, searchId, ctx.clock());
}

export async function fitBreakdown(
  ctx: AppContext,
  session: SearchSession,
  freelancerId: string,
): Promise<FitBreakdown | undefined> {
  return explainFit(ctx, session.criteria, freelancerId);
}

export type { Criteria };
