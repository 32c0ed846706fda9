import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { hardFilters } from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';

/**
 * The plain baseline that evaluation and benchmarks compare against: Postgres full-text ranking
 * (ts_rank_cd over any word of the query) of every profile that matches, with the same hard
 * filters. It ranks everything that matches, which is what the design warns costs too much.
 */
export async function fullTextRanking(db: Db, plan: SearchPlan, limit = 10): Promise<string[]> {
  const words = [...new Set(plan.criteria.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])];
  if (words.length === 0) return [];
  const q = sql`to_tsquery('english', ${words.join(' | ')})`;
  const rows = await db
    .selectFrom('freelancers as f')
    .select('f.external_id')
    .where((eb) => hardFilters(plan, eb))
    .where(sql<boolean>`f.search_doc @@ ${q}`)
    .orderBy(sql`ts_rank_cd(f.search_doc, ${q})`, 'desc')
    .orderBy('f.id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.external_id);
}
