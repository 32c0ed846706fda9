import type { Transaction } from 'kysely';
import type { Db } from '../../src/db/database.js';
import type { Database } from '../../src/db/schema.js';

const ROLLBACK = Symbol('rollback');

/**
 * Runs `run` in a transaction that is then rolled back, and returns what it returned: a file on
 * the worker's shared seeded index (test/helpers/seeded.ts) writes to it only this way, so the
 * files after it find the index as seeded. Everything `run` does goes through `trx` (PGlite has
 * one connection, which the transaction holds).
 */
export async function rolledBack<T>(db: Db, run: (trx: Transaction<Database>) => Promise<T>) {
  let result: T | undefined;
  await db
    .transaction()
    .execute(async (trx) => {
      result = await run(trx);
      throw ROLLBACK;
    })
    .catch((err: unknown) => {
      if (err !== ROLLBACK) throw err;
    });
  return result as T;
}
