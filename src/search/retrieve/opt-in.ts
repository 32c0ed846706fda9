import type { Db } from '../../db/database.js';

// ai_opt_in is checked when a list is served, not only when it was ranked: a stored search (kept
// for the retention period) or a handoff may name someone who has opted out since. They leave
// every answer at once.

/** Which of these freelancers (external ids) may still be shown. */
export async function stillOptedIn(db: Db, externalIds: string[]): Promise<Set<string>> {
  if (externalIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('freelancers')
    .select('external_id')
    .where('external_id', 'in', [...new Set(externalIds)])
    .where('ai_opt_in', '=', true)
    .execute();
  return new Set(rows.map((r) => r.external_id));
}
