import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { ShortlistError } from '../../errors.js';
import type { Criteria } from '../../core/criteria.js';
import type { Interpreted } from '../../core/search-plan.js';
import type { Candidate } from '../explain/result-schema.js';

// A search session: the criteria and the ranked list, owned by one account, kept for the
// retention period. Pages and refinements read it back instead of searching again.

export interface StoredResults {
  candidates: Candidate[];
  interpreted: Interpreted;
  notices: string[];
}

export interface SearchSession {
  id: string;
  criteria: Criteria;
  ranked: { freelancer_id: string; score: number; name: string }[];
  stored: StoredResults;
  total_matches: number;
  created_at: Date;
}

export function newSearchId(): string {
  return `s_${randomBytes(12).toString('base64url')}`;
}

export async function saveSearchSession(
  db: Db,
  s: {
    id: string;
    accountId: string;
    parentId?: string;
    criteria: Criteria;
    stored: StoredResults;
    totalMatches: number;
    now: Date;
    retentionDays: number;
  },
): Promise<void> {
  await db
    .insertInto('search_sessions')
    .values({
      id: s.id,
      account_id: s.accountId,
      parent_id: s.parentId ?? null,
      criteria: JSON.stringify(s.criteria),
      results: JSON.stringify(s.stored),
      total_matches: s.totalMatches,
      created_at: s.now,
      expires_at: new Date(s.now.getTime() + s.retentionDays * 86_400_000),
    })
    .execute();
}

/** The caller's own, unexpired search; anything else is "no such search", never "not yours". */
export async function loadSearchSession(
  db: Db,
  accountId: string,
  searchId: string,
  now = new Date(),
): Promise<SearchSession> {
  const row = await db
    .selectFrom('search_sessions')
    .select(['id', 'criteria', 'results', 'total_matches', 'created_at', 'expires_at'])
    .where('id', '=', searchId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) throw notFound(searchId);
  const stored = row.results as StoredResults;
  const criteria = row.criteria as Criteria;
  return {
    id: row.id,
    criteria,
    stored,
    ranked: stored.candidates.map((c) => ({
      freelancer_id: c.freelancer_id,
      score: c.match.score,
      name: c.name,
    })),
    total_matches: row.total_matches,
    created_at: row.created_at,
  };
}

/**
 * What a refinement needs of the search it refines: its criteria and who led its list, without
 * reading the whole stored list back.
 */
export async function loadSearchHead(
  db: Db,
  accountId: string,
  searchId: string,
  now: Date,
  top: number,
): Promise<{
  id: string;
  criteria: Criteria;
  top: { freelancer_id: string; name: string; hourly_rate_usd: number }[];
}> {
  const row = await db
    .selectFrom('search_sessions')
    .select(['id', 'criteria', 'expires_at'])
    .select(
      top > 0
        ? sql<unknown>`jsonb_path_query_array(results, ${`$.candidates[0 to ${top - 1}]`}::jsonpath)`.as(
            'top',
          )
        : sql<unknown>`'[]'::jsonb`.as('top'),
    )
    .where('id', '=', searchId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now) throw notFound(searchId);
  const leaders = row.top as Candidate[];
  return {
    id: row.id,
    criteria: row.criteria as Criteria,
    top: leaders.map((c) => ({
      freelancer_id: c.freelancer_id,
      name: c.name,
      hourly_rate_usd: c.hourly_rate_usd,
    })),
  };
}

function notFound(searchId: string): ShortlistError {
  return new ShortlistError(
    'not_found',
    `No search "${searchId.slice(0, 40)}" for this account (it may have expired); run search_freelancers first.`,
  );
}
