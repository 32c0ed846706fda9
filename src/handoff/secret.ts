import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';

// The key that signs handoff links: HANDOFF_SECRET when set; otherwise one made for this install
// on first use and kept in the database, so links survive restarts and work across processes.

const SECRET_NAME = 'handoff';
/** Kept out of src/db/schema.ts: only this file reads or writes the table. */
interface InstallSecretsTable {
  name: string;
  value: string;
}

/** The secret's source: the configured one, or the install's own from the database. */
export function readHandoffSecret(config: Pick<Config, 'handoffSecret'>, db: Db): Promise<Buffer> {
  return config.handoffSecret
    ? Promise.resolve(Buffer.from(config.handoffSecret, 'utf8'))
    : storedSecret(db);
}

async function storedSecret(database: Db): Promise<Buffer> {
  const db = database.withTables<{ install_secrets: InstallSecretsTable }>();
  // Two processes starting at once both insert; the first wins and both read the same value.
  await db
    .insertInto('install_secrets')
    .values({ name: SECRET_NAME, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('install_secrets')
    .select('value')
    .where('name', '=', SECRET_NAME)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}
