import { mkdirSync } from 'node:fs';
import { Kysely, Migrator, sql, type LogEvent, type MigrationResultSet } from 'kysely';
import pg from 'pg';
import { migrations } from '../../migrations/index.js';
import type { Logger } from '../logger.js';
import { ReplicaReadPool } from './read-pool.js';
import { PGliteDialect } from './pglite-dialect.js';
import { ResilientPostgresDialect } from './pg-dialect.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  /** Reads that may lag a moment (search retrieval): streaming replicas, when configured. */
  readDb?: Db;
  kind: 'embedded' | 'server';
  /** Whether pgvector is installed, so the vector retriever can run. */
  hasVector: () => Promise<boolean>;
  /** Embedded only: the whole data directory as a tar, which `loadDataDir` opens again. */
  dumpDataDir?: () => Promise<Blob>;
  close: () => Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  /** Embedded data directory; `memory://` keeps it in memory (tests). */
  dataDir: string;
  logger?: Logger;
  poolSize?: number;
  /** Streaming replicas for search reads (DATABASE_READ_URLS). */
  readUrls?: string[];
  /** Embedded only: start from this dump of a data directory (tests clone a seeded template). */
  loadDataDir?: Blob;
}

// int8 as a number (counts and ids stay far below 2^53) and `date` as its ISO text, on both
// databases, so no caller ever sees the difference between PGlite and pg.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

// No JIT on the service's connections: its statements run for milliseconds, but a retrieval whose
// plan carries a gated scan costs past jit_above_cost, and compiling it took 95–280 ms at 1M
// profiles, more than the statement's own work (docs/performance.md).
const SESSION_OPTIONS = '-c jit=off';

function serverPool(url: string, poolSize = 10): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    options: SESSION_OPTIONS,
    max: poolSize,
    // While the server is away, a caller waits this long for a connection, then gets an answer.
    connectionTimeoutMillis: 5000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8 || oid === NUMERIC) return (v: string) => Number(v);
        if (oid === DATE) return (v: string) => v;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const log = kyselyLog(options.logger);
  if (options.databaseUrl) {
    const pool = serverPool(options.databaseUrl, options.poolSize);
    const dialect = new ResilientPostgresDialect(pool, options.logger);
    const db = new Kysely<Database>({ dialect, log });
    const readUrls = options.readUrls ?? [];
    if (readUrls.length === 0)
      return {
        db,
        kind: 'server',
        hasVector: () => vectorInstalled(db),
        close: () => db.destroy(),
      };
    const reads = new ReplicaReadPool(
      readUrls.map((url) => serverPool(url, options.poolSize)),
      pool,
      options.logger,
    );
    const readDb = new Kysely<Database>({
      dialect: new ResilientPostgresDialect(reads as unknown as pg.Pool, options.logger),
      log,
    });
    return {
      db,
      readDb,
      kind: 'server',
      hasVector: () => vectorInstalled(db),
      close: async () => {
        await readDb.destroy();
        await db.destroy();
      },
    };
  }

  const { PGlite } = await import('@electric-sql/pglite');
  const { vector } = await import('@electric-sql/pglite-pgvector');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create(options.dataDir, {
    extensions: { vector, pg_trgm },
    // The default 128 MB of shared buffers is the larger part of the process's memory, and the
    // demo index fits in half of it with room to spare.
    // Every page is in memory, so a random read costs what a sequential one does: without this the
    // planner scans the whole table where a GIN posting list names a few hundred rows.
    postgresqlconf: ['shared_buffers=64MB', 'random_page_cost=1.1'],
    loadDataDir: options.loadDataDir,
    parsers: {
      [INT8]: (v: string) => Number(v),
      [NUMERIC]: (v: string) => Number(v),
      [DATE]: (v: string) => v,
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log });
  return {
    db,
    kind: 'embedded',
    hasVector: () => vectorInstalled(db),
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: () => db.destroy(),
  };
}

async function vectorInstalled(db: Db): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_extension where extname = 'vector'`.execute(db);
  return rows[0].n > 0;
}

// Kysely's log hook goes to pino with the duration, never the parameters.
function kyselyLog(logger: Logger | undefined) {
  if (!logger) return undefined;
  return (event: LogEvent) => {
    const ms = Math.round(event.queryDurationMillis * 10) / 10;
    if (event.level === 'error') {
      logger.error({ err: event.error, ms, sql: event.query.sql.slice(0, 200) }, 'query failed');
    } else if (logger.isLevelEnabled('trace')) {
      logger.trace({ ms, sql: event.query.sql.slice(0, 200) }, 'query');
    }
  };
}

export function createMigrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return applied(await createMigrator(db).migrateToLatest());
}

export async function migrateDown(db: Kysely<any>): Promise<string[]> {
  return applied(await createMigrator(db).migrateDown());
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
