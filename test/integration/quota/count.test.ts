import { beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount } from '../../../src/accounts/accounts.js';
import type { Account } from '../../../src/context.js';
import { ShortlistError } from '../../../src/errors.js';
import { PLAN_QUOTAS } from '../../../src/quota/plans.js';
import {
  checkQuota,
  countCall,
  quotaRefreshesAt,
  usageOf,
  usagePeriod,
} from '../../../src/quota/quota.js';
import type { TestDatabase } from '../../helpers/database.js';
import { openSharedSeeded } from '../../helpers/seeded.js';

// The monthly count itself, on a real database: atomic under concurrency, never past the quota,
// per calendar month in UTC.

// The worker's shared seeded index: the accounts counted here are this file's own.
let database: TestDatabase;
beforeAll(async () => {
  ({ handle: database } = await openSharedSeeded());
});

const NOW = new Date('2026-11-22T10:00:00Z');

async function accountWithUsage(
  id: string,
  plan: Account['plan'],
  calls: number,
): Promise<Account> {
  const account = await ensureAccount(database.db, { id, name: id, plan });
  if (calls > 0) {
    await database.db
      .insertInto('usage')
      .values({ account_id: id, period: usagePeriod(NOW), calls })
      .execute();
  }
  return account;
}

describe('monthly usage', () => {
  it('counts concurrent calls exactly and stops at the quota', async () => {
    const account = await accountWithUsage('busy', 'free', PLAN_QUOTAS.free - 5);
    const results = await Promise.all(
      Array.from({ length: 12 }, () => countCall(database.db, account, NOW)),
    );
    expect(results.filter(Boolean)).toHaveLength(5);
    expect(await usageOf(database.db, 'busy', NOW)).toBe(PLAN_QUOTAS.free);
  });

  it('starts afresh in a new month, UTC', async () => {
    const account = await accountWithUsage('monthly', 'free', PLAN_QUOTAS.free);
    expect(await countCall(database.db, account, NOW)).toBeUndefined();
    const december = new Date('2026-12-01T00:00:00Z');
    expect(await countCall(database.db, account, december)).toEqual({ calls: 1, quota: 100 });
    expect(quotaRefreshesAt(NOW).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(quotaRefreshesAt(new Date('2026-12-31T23:59:59Z')).toISOString()).toBe(
      '2027-01-01T00:00:00.000Z',
    );
  });

  it('warns from 75% and 95%, and refuses at 100% with the refresh date', async () => {
    const quiet = await accountWithUsage('quiet', 'pro', 10);
    expect(await checkQuota(database.db, quiet, NOW)).toEqual([]);

    const warm = await accountWithUsage('warm', 'free', 74);
    const [at75] = await checkQuota(database.db, warm, NOW);
    expect(at75).toMatch(/^Quota: 75 of 100 monthly tool calls used \(75%\); 25 left/);

    const hot = await accountWithUsage('hot', 'free', 95);
    const [at96] = await checkQuota(database.db, hot, NOW);
    expect(at96).toMatch(/^Quota almost used up: 96 of 100 .*\(96%\); 4 left until 2026-12-01/);
    expect(at96).toMatch(/pro plan allows 2,000/);

    const spent = await accountWithUsage('spent', 'free', 100);
    const refused = await checkQuota(database.db, spent, NOW).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ShortlistError);
    expect((refused as ShortlistError).code).toBe('quota_exceeded');
    expect((refused as ShortlistError).message).toMatch(
      /used all 100 tool calls of its free plan .* refreshes on 2026-12-01 \(UTC\)/,
    );
    expect(await usageOf(database.db, 'spent', NOW)).toBe(100);
  });
});
