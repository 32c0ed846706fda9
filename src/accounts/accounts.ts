import type { Db } from '../db/database.js';
import type { Account } from '../context.js';

export const LOCAL_ACCOUNT_ID = 'local';

/** Creates the account if it is new; an existing account keeps its plan unless `plan` is forced. */
export async function ensureAccount(
  db: Db,
  account: { id: string; name: string; plan: Account['plan'] },
  options: { updatePlan?: boolean } = {},
): Promise<Account> {
  const row = await db
    .insertInto('accounts')
    .values(account)
    .onConflict((oc) =>
      options.updatePlan
        ? oc.column('id').doUpdateSet({ plan: account.plan })
        : oc.column('id').doUpdateSet((eb) => ({ plan: eb.ref('accounts.plan') })),
    )
    .returning(['id', 'plan'])
    .executeTakeFirstOrThrow();
  return { id: row.id, plan: row.plan, authenticated: true };
}
