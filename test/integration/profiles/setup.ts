import { createContext } from '../../../src/app.js';
import type { Account, AppContext } from '../../../src/context.js';
import type { Profile } from '../../../src/index/profile.js';
import { loadProfiles } from '../../../src/index/import.js';
import { ensureAccount } from '../../../src/accounts/accounts.js';
import { testContext, type TestDatabase } from '../../helpers/database.js';

// A real MCP client over an in-memory transport, against createServer with a real database.

/** A context whose clock the test sets: `clock.now` is "today" for everything the server does. */
export function contextAt(
  handle: TestDatabase,
  now: Date,
  env: Record<string, string> = {},
): { ctx: AppContext; clock: { now: Date } } {
  const clock = { now };
  const { config, logger, db, dbKind, hasVector } = testContext(handle, env);
  return {
    ctx: createContext({ config, logger, db, dbKind, hasVector, clock: () => clock.now }),
    clock,
  };
}

export async function loadFixtures(handle: TestDatabase, profiles: Profile[]): Promise<void> {
  await loadProfiles(
    handle.db,
    profiles.map((profile) => ({ profile })),
    {},
  );
}

export async function accountFor(
  ctx: AppContext,
  id: string,
  plan: Account['plan'],
): Promise<Account> {
  return ensureAccount(ctx.db, { id, name: id, plan }, { updatePlan: true });
}

export { call, connectClient as connect, textOf } from '../../helpers/mcp.js';
