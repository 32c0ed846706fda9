import { createContext } from '../../../src/app.js';
import type { Account, AppContext } from '../../../src/context.js';
import type { Profile } from '../../../src/index/profile.js';
import { loadProfiles } from '../../../src/index/import.js';
import { ensureAccount } from '../../../src/accounts/accounts.js';
import { openTestDatabase, testContext, type TestDatabase } from '../../helpers/database.js';
import { ANA, BEN, OLGA } from './fixtures.js';

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

// The hand-made profiles (ANA, BEN, OLGA), loaded once per worker into a database that the files
// which only read them share, as the files that only search share the seeded index (seeded.ts):
// a worker runs many files (isolate: false), and a copy of the template each was most of such a
// file's cost. What they write (accounts, sessions, handoffs and their opens, the handoff secret)
// is keyed by their own accounts and handoffs. The worker's end closes it; on the server, the
// project's teardown drops it (test/integration/global-setup.ts).
let sharedFixtures: Promise<TestDatabase> | undefined;

export function openSharedFixtures(): Promise<TestDatabase> {
  sharedFixtures ??= openTestDatabase({ shared: true }).then(async (handle) => {
    await loadFixtures(handle, [ANA, BEN, OLGA]);
    return handle;
  });
  return sharedFixtures;
}

export async function accountFor(
  ctx: AppContext,
  id: string,
  plan: Account['plan'],
): Promise<Account> {
  return ensureAccount(ctx.db, { id, name: id, plan }, { updatePlan: true });
}

export { call, connectClient as connect, textOf } from '../../helpers/mcp.js';
