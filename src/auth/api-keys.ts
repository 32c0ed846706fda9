import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Account } from '../context.js';
import type { Db } from '../db/database.js';

// API keys are shown once, when made, and stored only as their SHA-256: a leaked table does not
// leak keys. Keys are long random strings, so a fast hash is enough (no password stretching).

const KEY_PREFIX = 'sl_';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface CreatedKey {
  accountId: string;
  keyId: string;
  /** The secret itself: print it once, it cannot be recovered. */
  key: string;
}

/** Makes a new account on `plan` (or adds a key to `accountId`) and answers its new key. */
export async function createApiKey(
  db: Db,
  options: { plan: Account['plan']; name?: string; accountId?: string },
): Promise<CreatedKey> {
  const key = KEY_PREFIX + randomBytes(24).toString('base64url');
  const keyId = `key_${randomBytes(6).toString('hex')}`;
  const accountId = options.accountId ?? `acct_${randomBytes(8).toString('hex')}`;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('accounts')
      .values({ id: accountId, name: options.name ?? accountId, plan: options.plan })
      .onConflict((oc) => oc.column('id').doUpdateSet({ plan: options.plan }))
      .execute();
    await trx
      .insertInto('api_keys')
      .values({ id: keyId, account_id: accountId, key_hash: hashApiKey(key) })
      .execute();
  });
  return { accountId, keyId, key };
}

/** The account a live key belongs to, or undefined for an unknown or revoked key. */
export async function accountForApiKey(db: Db, key: string): Promise<Account | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const row = await db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select(['api_keys.id as key_id', 'accounts.id', 'accounts.plan'])
    .where('api_keys.key_hash', '=', hashApiKey(key))
    .where('api_keys.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  // Written at most once a minute per key, so busy keys do not turn every request into a write.
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', row.key_id)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
  return { id: row.id, plan: row.plan, authenticated: true };
}

export async function revokeApiKey(db: Db, keyId: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', keyId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function listApiKeys(db: Db) {
  return db
    .selectFrom('api_keys')
    .innerJoin('accounts', 'accounts.id', 'api_keys.account_id')
    .select([
      'api_keys.id',
      'api_keys.account_id',
      'accounts.name',
      'accounts.plan',
      'api_keys.created_at',
      'api_keys.last_used_at',
      'api_keys.revoked_at',
    ])
    .orderBy('api_keys.created_at')
    .execute();
}
