import type { Account, AppContext } from '../context.js';
import { ShortlistError } from '../errors.js';
import type { Criteria } from '../search/criteria.js';

// The profile's view of a search: its criteria (only for the account that ran it) and the fit
// breakdown of one freelancer against them. Search owns both; this file is the one seam.

export interface FitBreakdown {
  score: number;
  features: { name: string; label: string; value: number; weight: number }[];
  required: { matched: string[]; missing: string[] };
  preferred: { matched: string[]; missing: string[] };
  reasons: string[];
}

export async function searchCriteria(
  _ctx: AppContext,
  _account: Account,
  searchId: string,
): Promise<Criteria> {
  throw new ShortlistError(
    'not_found',
    `No search "${searchId}" for this account; run search_freelancers first.`,
  );
}

export async function fitBreakdown(
  _ctx: AppContext,
  _criteria: Criteria,
  _freelancerId: string,
): Promise<FitBreakdown> {
  throw new ShortlistError('not_found', 'Fit is not available yet.');
}
