import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

// The service's connections to a Postgres server run without JIT: a retrieval statement whose plan
// carries a gated scan costs past jit_above_cost, and compiling it cost more than running it.

describe.runIf(testDatabase === 'server')('server session settings', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle?.close());

  it('turns JIT off on every pooled connection', async () => {
    // Two at once, so that more than one connection of the pool is asked.
    const answers = await Promise.all(
      [1, 2].map(() =>
        handle.db.connection().execute(async (c) => {
          const { rows } = await sql<{ jit: string }>`show jit`.execute(c);
          await sql`select pg_sleep(0.05)`.execute(c);
          return rows[0].jit;
        }),
      ),
    );
    expect(answers).toEqual(['off', 'off']);
  });
});
