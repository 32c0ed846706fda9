import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAccount } from '../../../src/accounts/accounts.js';
import { purgeExpired } from '../../../src/retention/purge.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const NOW = new Date('2026-11-22T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000);

describe('purge', () => {
  it('deletes sessions and handoffs made before the retention window, with their opens', async () => {
    const { db } = database;
    await ensureAccount(db, { id: 'acct', name: 'A', plan: 'pro' });
    const session = (id: string, created: Date) => ({
      id,
      account_id: 'acct',
      parent_id: null,
      criteria: '{}',
      results: '[]',
      total_matches: 0,
      created_at: created,
      expires_at: new Date(created.getTime() + 90 * 86_400_000),
    });
    await db
      .insertInto('search_sessions')
      .values([session('s_old', daysAgo(91)), session('s_new', daysAgo(89))])
      .execute();
    const handoff = (id: string, created: Date) => ({
      id,
      account_id: 'acct',
      search_id: null,
      action: 'invite' as const,
      job: '{}',
      freelancer_ids: ['f1'],
      marketplace: 'demo',
      created_at: created,
      // Links expire long before retention ends; the record is kept for conversion counts.
      expires_at: new Date(created.getTime() + 30 * 86_400_000),
    });
    await db
      .insertInto('handoffs')
      .values([handoff('h_old', daysAgo(120)), handoff('h_recent', daysAgo(40))])
      .execute();
    await db
      .insertInto('handoff_opens')
      .values({ handoff_id: 'h_old', target: 'job_post' })
      .execute();

    const result = await purgeExpired(db, NOW, 90);
    expect(result).toMatchObject({ searchSessions: 1, handoffs: 1 });
    const sessions = await db.selectFrom('search_sessions').select('id').execute();
    expect(sessions.map((s) => s.id)).toEqual(['s_new']);
    const handoffs = await db.selectFrom('handoffs').select('id').execute();
    expect(handoffs.map((h) => h.id)).toEqual(['h_recent']);
    expect(await db.selectFrom('handoff_opens').selectAll().execute()).toHaveLength(0);

    expect(await purgeExpired(db, NOW, 90)).toMatchObject({ searchSessions: 0, handoffs: 0 });
  });
});
