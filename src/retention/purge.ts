import type { Db } from '../db/database.js';

// Search sessions and handoffs are kept SESSION_RETENTION_DAYS from when they were made, then
// deleted with what hangs off them (handoff opens cascade). Handoff links expire sooner; the
// record stays until retention so conversion counts (created, opened) cover the whole window.

export interface PurgeResult {
  cutoff: Date;
  searchSessions: number;
  handoffs: number;
}

export async function purgeExpired(db: Db, now: Date, retentionDays: number): Promise<PurgeResult> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const sessions = await db
    .deleteFrom('search_sessions')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  const handoffs = await db
    .deleteFrom('handoffs')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return {
    cutoff,
    searchSessions: Number(sessions.numDeletedRows),
    handoffs: Number(handoffs.numDeletedRows),
  };
}
