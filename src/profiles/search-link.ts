import type { Account, AppContext } from '../context.js';
import type { Criteria } from '../search/criteria.js';
import { loadSearchSession, type SearchSession } from '../search/sessions.js';

// The profile's view of a search: its session (only for the account that ran it) and the fit
// breakdown of one freelancer against it. Search owns both; this file is the one seam.

export interface FitBreakdown {
  score: number;
  features: { name: string; label: string; value: number; weight: number }[];
  required: { matched: string[]; missing: string[] };
  preferred: { matched: string[]; missing: string[] };
  reasons: string[];
}

export async function searchSession(
  ctx: AppContext,
  account: Account,
  searchId: string,
): Promise<SearchSession> {
  return loadSearchSession(ctx.db, account.id, searchId, ctx.clock());
}

export async function fitBreakdown(
  _ctx: AppContext,
  session: SearchSession,
  freelancerId: string,
): Promise<FitBreakdown | undefined> {
  const match = session.stored.candidates.find((c) => c.freelancer_id === freelancerId)?.match;
  if (!match) return undefined;
  return {
    score: match.score,
    features: [],
    required: match.required,
    preferred: match.preferred,
    reasons: match.reasons,
  };
}

export type { Criteria };
