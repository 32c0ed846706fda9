import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll } from 'vitest';
import type { AppContext } from '../../src/context.js';
import { seedIndex } from '../../src/index/seed-index.js';
import { openTestDatabase, testContext, type TestDatabase } from './database.js';
import { accountA, connectClient } from './mcp.js';
import { SEEDED_INDEX, TEST_AS_OF } from './templates.js';

// A test database with a seeded index: the same seed and date every time, so results are stable.

export { TEST_AS_OF };

/**
 * The run's seeded template (SEEDED_INDEX), or another count of the same seed built in place:
 * with its models trained, as `seed` does, unless `train: false` (a file that never reads them).
 */
export async function openSeeded(
  count: number = SEEDED_INDEX.count,
  env: Record<string, string> = {},
  options: { shared?: boolean; train?: boolean } = {},
): Promise<{ handle: TestDatabase; ctx: AppContext }> {
  const template = count === SEEDED_INDEX.count;
  const handle = await openTestDatabase({
    template: template ? 'seeded' : 'migrated',
    shared: options.shared,
  });
  if (!template) await seedIndex(handle.db, { ...SEEDED_INDEX, count, train: options.train });
  return { handle, ctx: await seededContext(handle, env) };
}

/** The context of a seeded database with these settings, at the seed's date. */
async function seededContext(
  handle: TestDatabase,
  env: Record<string, string>,
): Promise<AppContext> {
  // hasVector as the server would find it: PGlite has pgvector, Debian's Postgres 15 does not, so
  // the two integration projects cover the vector retriever and the exact-cosine fallback.
  return {
    ...testContext(handle, env),
    hasVector: await handle.hasVector(),
    clock: () => new Date(`${TEST_AS_OF}T12:00:00Z`),
  };
}

// The seeded index and its context, opened once per worker and shared by the files that only
// search it: a worker runs many files (isolate: false), and opening the seeded template and its
// context was the larger part of such a file's cost. What those files write (search sessions,
// accounts, usage) is keyed by the search or the account, so no file reads another's. Files that
// change profiles or index tables open their own. The worker's end closes it; on the server, the
// project's teardown drops its database (test/integration/global-setup.ts).
let sharedIndex: Promise<{ handle: TestDatabase; ctx: AppContext }> | undefined;

export function openSharedSeeded(): Promise<{ handle: TestDatabase; ctx: AppContext }> {
  sharedIndex ??= openSeeded(SEEDED_INDEX.count, {}, { shared: true });
  return sharedIndex;
}

/** The worker's shared seeded index (openSharedSeeded) under other settings, for a file that only
 * searches it and never closes it. */
export async function sharedSeededWith(env: Record<string, string>): Promise<AppContext> {
  return seededContext((await openSharedSeeded()).handle, env);
}

/**
 * The seeded database for one test file, opened before its tests and closed after them; with
 * `shared`, the worker's shared one (openSharedSeeded), for a file that never changes profiles or
 * index tables. Read the fields inside tests, once beforeAll has run.
 */
export function useSeeded(options: { shared?: boolean } = {}): {
  handle: TestDatabase;
  ctx: AppContext;
} {
  const state = {} as { handle: TestDatabase; ctx: AppContext };
  beforeAll(async () => {
    ({ handle: state.handle, ctx: state.ctx } = await (options.shared
      ? openSharedSeeded()
      : openSeeded()));
  });
  afterAll(async () => {
    if (!options.shared) await state.handle?.close();
  });
  return state;
}

/** The seeded database (useSeeded) and a real MCP client on it, as account A. */
export function useSeededClient(options: { shared?: boolean } = {}): {
  handle: TestDatabase;
  ctx: AppContext;
  client: Client;
} {
  const state = useSeeded(options) as { handle: TestDatabase; ctx: AppContext; client: Client };
  beforeAll(async () => {
    state.client = await connectClient(state.ctx, accountA);
  });
  afterAll(async () => {
    await state.client?.close();
  });
  return state;
}
