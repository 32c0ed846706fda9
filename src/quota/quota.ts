import { sql } from 'kysely';
import type { Account } from '../context.js';
import type { Db } from '../db/database.js';
import { ShortlistError } from '../errors.js';
import { PLAN_QUOTAS, QUOTA_WARNINGS } from './plans.js';

// Usage is counted per account per calendar month (UTC) in one statement: the upsert only
// increments while the count is under the quota, so concurrent calls on any number of processes
// can never pass it, and a refused call is not counted.

export function usagePeriod(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** When the quota of the period containing `now` refreshes: the first day of next month, UTC. */
export function quotaRefreshesAt(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
}

export interface UsageCount {
  calls: number;
  quota: number;
}

/** Counts one call; answers undefined (and counts nothing) when the quota is already used up. */
export async function countCall(
  db: Db,
  account: Pick<Account, 'id' | 'plan'>,
  now: Date,
): Promise<UsageCount | undefined> {
  const quota = PLAN_QUOTAS[account.plan];
  const row = await db
    .insertInto('usage')
    .values({ account_id: account.id, period: usagePeriod(now), calls: 1 })
    .onConflict((oc) =>
      oc
        .columns(['account_id', 'period'])
        .doUpdateSet({ calls: sql`usage.calls + 1` })
        .where('usage.calls', '<', quota),
    )
    .returning('calls')
    .executeTakeFirst();
  return row ? { calls: row.calls, quota } : undefined;
}

export async function usageOf(db: Db, accountId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('usage')
    .select('calls')
    .where('account_id', '=', accountId)
    .where('period', '=', usagePeriod(now))
    .executeTakeFirst();
  return row?.calls ?? 0;
}

/**
 * The quota check that runs before every tool call: counts the call, refuses it with a message
 * that says when the quota refreshes, or answers the warnings to attach to the result.
 */
export async function checkQuota(db: Db, account: Account, now: Date): Promise<string[]> {
  const counted = await countCall(db, account, now);
  const refresh = quotaRefreshesAt(now).toISOString().slice(0, 10);
  if (!counted) {
    const quota = PLAN_QUOTAS[account.plan];
    throw new ShortlistError(
      'quota_exceeded',
      `This account has used all ${quota.toLocaleString('en')} tool calls of its ${account.plan} plan ` +
        `for this month. The quota refreshes on ${refresh} (UTC)${upgradeHint(account.plan)}.`,
    );
  }
  const share = counted.calls / counted.quota;
  const level = [...QUOTA_WARNINGS].reverse().find((w) => share >= w);
  if (level === undefined) return [];
  const left = counted.quota - counted.calls;
  const lead = level >= 0.95 ? 'Quota almost used up' : 'Quota';
  return [
    `${lead}: ${counted.calls.toLocaleString('en')} of ${counted.quota.toLocaleString('en')} ` +
      `monthly tool calls used (${Math.floor(share * 100)}%); ` +
      `${left.toLocaleString('en')} left until ${refresh}${upgradeHint(account.plan)}.`,
  ];
}

function upgradeHint(plan: Account['plan']): string {
  const next = plan === 'free' ? 'pro' : plan === 'pro' ? 'max' : undefined;
  if (!next) return '';
  return `; the ${next} plan allows ${PLAN_QUOTAS[next].toLocaleString('en')} calls a month`;
}
