import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.js';

// The key that signs handoff links: HANDOFF_SECRET when set; otherwise one made for this install
// on first use and kept in the database, so links survive restarts and work across processes.

const SECRET_NAME = 'handoff';
const cache = new WeakMap<AppContext, Promise<Buffer>>();

/** Kept out of src/db/schema.ts: only this file reads or writes the table. */
interface InstallSecretsTable {
  name: string;
  value: string;
}

export function handoffSecret(ctx: AppContext): Promise<Buffer> {
  let secret = cache.get(ctx);
  if (!secret) {
    secret = ctx.config.handoffSecret
      ? Promise.resolve(Buffer.from(ctx.config.handoffSecret, 'utf8'))
      : storedSecret(ctx);
    // A failed read is not cached, so the next request tries again.
    secret.catch(() => cache.delete(ctx));
    cache.set(ctx, secret);
  }
  return secret;
}

async function storedSecret(ctx: AppContext): Promise<Buffer> {
  const db = ctx.db.withTables<{ install_secrets: InstallSecretsTable }>();
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
