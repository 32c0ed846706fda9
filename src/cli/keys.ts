import { openApp } from '../app.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../auth/api-keys.js';
import type { CommandArgs } from './args.js';
import type { Account } from '../context.js';
import { UsageError } from './args.js';

// `shortlist keys create --plan pro [--name N] [--account ID]` prints a new key once;
// `keys list` shows keys (never the secrets); `keys revoke KEY_ID` stops one.

const PLANS = ['free', 'pro', 'max'];

export async function keys(args: CommandArgs): Promise<number> {
  const [action, ...rest] = args.positionals;
  if (!['create', 'list', 'revoke'].includes(action ?? '')) {
    throw new UsageError('keys create --plan pro [--name N] | keys list | keys revoke KEY_ID');
  }
  const plan = (args.values.plan as string | undefined) ?? 'free';
  if (!PLANS.includes(plan)) throw new UsageError(`--plan must be one of ${PLANS.join(', ')}`);
  if (action === 'revoke' && !rest[0]) throw new UsageError('keys revoke needs the key id (key_…)');

  const app = await openApp(args.config, args.logger);
  try {
    const { db } = app.ctx;
    if (action === 'create') {
      const created = await createApiKey(db, {
        plan: plan as Account['plan'],
        name: args.values.name as string | undefined,
        accountId: args.values.account as string | undefined,
      });
      console.log(`Created key ${created.keyId} for account ${created.accountId} (${plan} plan).`);
      console.log('Copy it now; it is stored hashed and cannot be shown again:\n');
      console.log(`  ${created.key}\n`);
      console.log(
        'Send it as the header  Authorization: Bearer <key>  (server with AUTH_MODE=apikey).',
      );
      return 0;
    }
    if (action === 'revoke') {
      const revoked = await revokeApiKey(db, rest[0]);
      console.log(revoked ? `Revoked ${rest[0]}.` : `No live key ${rest[0]}.`);
      return revoked ? 0 : 1;
    }
    const rows = await listApiKeys(db);
    if (!rows.length) console.log('No API keys yet: shortlist keys create --plan pro');
    for (const row of rows) {
      const state = row.revoked_at ? 'revoked' : 'live';
      const used = row.last_used_at ? new Date(row.last_used_at).toISOString() : 'never';
      console.log(
        `${row.id}  ${row.account_id}  ${row.plan}  ${state}  last used ${used}  ${row.name}`,
      );
    }
    return 0;
  } finally {
    await app.close();
  }
}
