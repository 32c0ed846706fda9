import { createHash } from 'node:crypto';
import type { Account } from '../context.js';
import type { Db } from '../db/database.js';

// Accounts for callers who arrive with an OAuth identity or with none. Ids are hashes, so they are
// safe in logs and URLs whatever the issuer puts in `sub`, and stable across processes.

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The account of an OAuth subject, made on first sight. A new account starts on the token's `plan`
 * claim or on free; a later token with a `plan` claim moves the account to that plan.
 */
export async function accountForSubject(
  db: Db,
  identity: { issuer: string; subject: string; plan?: Account['plan']; name?: string },
): Promise<Account> {
  const id = `oauth_${digest(`${identity.issuer}\n${identity.subject}`).slice(0, 24)}`;
  const existing = await db
    .selectFrom('accounts')
    .select('plan')
    .where('id', '=', id)
    .executeTakeFirst();
  if (existing && (!identity.plan || identity.plan === existing.plan)) {
    return { id, plan: existing.plan, authenticated: true };
  }
  const plan = identity.plan ?? 'free';
  const row = await db
    .insertInto('accounts')
    .values({ id, name: identity.name ?? identity.subject, plan })
    .onConflict((oc) =>
      identity.plan
        ? oc.column('id').doUpdateSet({ plan })
        : oc.column('id').doUpdateSet((eb) => ({ plan: eb.ref('accounts.plan') })),
    )
    .returning('plan')
    .executeTakeFirstOrThrow();
  return { id, plan: row.plan, authenticated: true };
}

/**
 * The anonymous caller of a public server: one free account per client IP, so a quota and the
 * search sessions still belong to someone. It may search; it may not hand off.
 */
export async function anonymousAccount(db: Db, ip: string): Promise<Account> {
  const id = `anon_${digest(ip).slice(0, 20)}`;
  const existing = await db
    .selectFrom('accounts')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing) {
    await db
      .insertInto('accounts')
      .values({ id, name: 'Anonymous', plan: 'free' })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  return { id, plan: 'free', authenticated: false };
}
