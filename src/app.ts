import { ensureAccount, LOCAL_ACCOUNT_ID } from './accounts/accounts.js';
import type { Config } from './config.js';
import type { Account, AppContext } from './context.js';
import { readHandoffSecret } from './handoff/secret.js';
import { readGeo, readSkillFrequency } from './reference/index-facts.js';
import { loadSkillGraph } from './reference/skill-graph.js';
import { createEmbedder, type Embedder } from './search/retrieve/embeddings.js';
import { migrateToLatest, openDatabase, type Db } from './db/database.js';
import { waitForDatabase } from './db/wait-for-database.js';
import { loadReferenceData } from './reference/reference-data.js';
import { countProfiles, seedIndex } from './index/seed-index.js';
import type { Logger } from './logger.js';

export const DEMO_PROFILES = 5000;
export const DEMO_SEED = 'shortlist-demo';

export interface App {
  ctx: AppContext;
  close: () => Promise<void>;
}

/** Opens the database, migrates it and loads the taxonomy: what every command needs first. */
export async function openApp(
  config: Config,
  logger: Logger,
  options: { waitForDatabase?: boolean } = {},
): Promise<App> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    readUrls: config.databaseReadUrls,
    dataDir: config.dataDir,
    logger,
  });
  try {
    if (options.waitForDatabase && handle.kind === 'server')
      await waitForDatabase(handle.db, logger);
    const applied = await migrateToLatest(handle.db);
    if (applied.length) logger.info({ migrations: applied }, 'migrated');
    await loadReferenceData(handle.db);
    const ctx = createContext({
      config,
      logger,
      db: handle.db,
      readDb: handle.readDb,
      dbKind: handle.kind,
      hasVector: await handle.hasVector(),
    });
    return { ctx, close: handle.close };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** On an empty embedded database, seed the demo index so the first start has something to show. */
export async function seedDemoIfEmpty(
  ctx: AppContext,
  onProgress?: (done: number) => void,
): Promise<number> {
  if (ctx.dbKind !== 'embedded' || (await countProfiles(ctx.db)) > 0) return 0;
  ctx.logger.info({ count: DEMO_PROFILES }, 'empty index: seeding the demo profiles');
  const result = await seedIndex(ctx.db, { count: DEMO_PROFILES, seed: DEMO_SEED, onProgress });
  return result.inserted;
}

/** The account of a server without authentication (AUTH_MODE=none). */
export async function localAccount(ctx: AppContext): Promise<Account> {
  return ensureAccount(
    ctx.db,
    { id: LOCAL_ACCOUNT_ID, name: 'Local', plan: ctx.config.defaultPlan },
    { updatePlan: true },
  );
}

const INDEX_FACTS_TTL_MS = 5 * 60_000;

export function createContext(
  parts: Omit<
    AppContext,
    'skillGraph' | 'geo' | 'skillFrequency' | 'handoffSecret' | 'clock' | 'embedder' | 'readDb'
  > & {
    readDb?: Db;
    clock?: () => Date;
    embedder?: Embedder;
  },
): AppContext {
  const { db, config } = parts;
  return {
    ...parts,
    readDb: parts.readDb ?? parts.db,
    embedder: parts.embedder ?? createEmbedder(config),
    clock: parts.clock ?? (() => new Date()),
    skillGraph: kept(() => loadSkillGraph(db)),
    geo: kept(() => readGeo(db), INDEX_FACTS_TTL_MS),
    skillFrequency: kept(() => readSkillFrequency(db), INDEX_FACTS_TTL_MS),
    handoffSecret: kept(() => readHandoffSecret(config, db)),
  };
}

/**
 * A value read once and kept (for `ttlMs` when given). A failed read is not kept: when the
 * database was away, the next call reads again.
 */
function kept<T>(read: () => Promise<T>, ttlMs = Infinity): () => Promise<T> {
  let value: Promise<T> | undefined;
  let at = 0;
  return () => {
    if (value && Date.now() - at < ttlMs) return value;
    at = Date.now();
    const reading = read();
    value = reading;
    reading.catch(() => {
      if (value === reading) value = undefined;
    });
    return reading;
  };
}
