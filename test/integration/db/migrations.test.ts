import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDown, migrateToLatest } from '../../../src/db/database.js';
import { migrations } from '../../../migrations/index.js';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

async function tables(handle: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(handle.db);
  return rows.map((r) => r.name);
}

describe(`migrations on ${testDatabase}`, () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase({ migrate: false });
  });
  afterAll(async () => handle?.close());

  it('migrates up to the whole schema, down to nothing, and up again', async () => {
    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
    const created = await tables(handle);
    for (const table of [
      'freelancers',
      'skills',
      'contracts',
      'accounts',
      'search_sessions',
      'handoffs',
      'usage',
    ]) {
      expect(created).toContain(table);
    }
    expect(await migrateToLatest(handle.db)).toEqual([]);

    for (let i = 0; i < Object.keys(migrations).length; i++) await migrateDown(handle.db);
    expect(await tables(handle)).toEqual([]);

    expect(await migrateToLatest(handle.db)).toEqual(Object.keys(migrations));
    expect(await tables(handle)).toEqual(created);
  });

  it('returns int8 as numbers and dates as ISO text, the same on both databases', async () => {
    const { rows } = await sql<{ big: number; day: string }>`
      select 9007199254740::int8 as big, date '2026-01-31' as day`.execute(handle.db);
    expect(rows[0]).toEqual({ big: 9007199254740, day: '2026-01-31' });
  });
});
