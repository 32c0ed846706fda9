import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// Conversion of handoffs: how many were made, how many had at least one link opened, and how
// many opens there were, optionally for one account and from a given time on.

export interface HandoffConversion {
  created: number;
  opened: number;
  opens: number;
}

export async function handoffConversion(
  db: Db,
  filter: { accountId?: string; since?: Date } = {},
): Promise<HandoffConversion> {
  let query = db
    .selectFrom('handoffs')
    .leftJoin('handoff_opens', 'handoff_opens.handoff_id', 'handoffs.id')
    .select([
      sql<number>`count(distinct handoffs.id)::int`.as('created'),
      sql<number>`count(distinct handoff_opens.handoff_id)::int`.as('opened'),
      sql<number>`count(handoff_opens.id)::int`.as('opens'),
    ]);
  if (filter.accountId) query = query.where('handoffs.account_id', '=', filter.accountId);
  if (filter.since) query = query.where('handoffs.created_at', '>=', filter.since);
  const row = await query.executeTakeFirstOrThrow();
  return { created: Number(row.created), opened: Number(row.opened), opens: Number(row.opens) };
}
