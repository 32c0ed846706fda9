import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAccount } from '../../../src/app.js';
import { createContext } from '../../../src/app.js';
import type { AppContext } from '../../../src/context.js';
import { loadConfig } from '../../../src/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../../src/db/database.js';
import { seedIndex } from '../../../src/index/seed-index.js';
import { createLogger } from '../../../src/logger.js';
import { loadReferenceData } from '../../../src/reference/reference-data.js';
import { refineSearch } from '../../../src/search/refine.js';
import { searchFreelancers } from '../../../src/search/search.js';
import {
  canRunOwnPostgres,
  startOwnPostgres,
  type OwnPostgres,
} from '../../helpers/own-postgres.js';
import { testDatabase } from '../../helpers/database.js';

// DATABASE_READ_URLS on a real streaming replica (.ci/start-replica.sh: pg_basebackup -R on a
// second port) of a primary of the test's own: search reads reach the replica, the session is
// written to the primary, a refine straight after its search finds it, and with the replica gone
// reads fall back to the primary with a notice in the log.

const run = testDatabase === 'server' && canRunOwnPostgres();

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe.runIf(run)('read replicas', () => {
  let primary: OwnPostgres;
  let replicaUrl: string;
  let replicaDir: string;
  let handle: DatabaseHandle;
  let ctx: AppContext;
  const logs: string[] = [];

  beforeAll(async () => {
    primary = await startOwnPostgres();
    const seeding = await openDatabase({ databaseUrl: primary.url, dataDir: '' });
    await migrateToLatest(seeding.db);
    await loadReferenceData(seeding.db);
    await seedIndex(seeding.db, { count: 100, seed: 'replica', asOf: '2026-11-01', train: false });
    await seeding.close();
    // Not under a mkdtemp folder: the postgres user must reach it.
    replicaDir = join(tmpdir(), `shortlist-replica-${randomBytes(4).toString('hex')}`);
    const url = new URL(primary.url);
    replicaUrl = execFileSync('bash', ['.ci/start-replica.sh', url.hostname, url.port, replicaDir])
      .toString()
      .trim();
    const logger = createLogger({
      level: 'info',
      pretty: false,
      destination: { write: (line: string) => logs.push(line) },
    });
    handle = await openDatabase({
      databaseUrl: primary.url,
      readUrls: [replicaUrl],
      dataDir: '',
      logger,
    });
    ctx = createContext({
      config: loadConfig({ SHORTLIST_DATA_DIR: 'memory://' }),
      logger,
      db: handle.db,
      readDb: handle.readDb,
      dbKind: 'server',
      hasVector: false,
    });
  }, 240_000);

  afterAll(async () => {
    await handle?.close();
    primary?.destroy();
    if (replicaDir) rmSync(replicaDir, { recursive: true, force: true });
  });

  it('reads from the replica, writes the session to the primary, refines at once', async () => {
    expect(await query(replicaUrl, 'select pg_is_in_recovery() as standby')).toEqual([
      { standby: true },
    ]);
    const account = await localAccount(ctx);
    const found = await searchFreelancers(ctx, account, { query: 'react developer' }, { limit: 5 });
    expect(found.candidates.length).toBeGreaterThan(0);
    // The read pool keeps its connections to the replica open, idle, after the search.
    const onReplica = await query(
      replicaUrl,
      `select count(*)::int as n from pg_stat_activity
        where datname = 'shortlist' and backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );
    expect(onReplica[0].n).toBeGreaterThan(0);
    const stored = await query(
      primary.url,
      `select count(*)::int as n from search_sessions where id = '${found.search_id}'`,
    );
    expect(stored[0].n).toBe(1);
    const refined = await refineSearch(ctx, account, {
      search_id: found.search_id,
      instruction: 'under $80 an hour',
      limit: 5,
    });
    expect(refined.search_id).not.toBe(found.search_id);
  });

  it('falls back to the primary with a notice when the replica is lost', async () => {
    execFileSync('su', [
      'postgres',
      '-c',
      `$(dirname $(readlink -f $(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)))/pg_ctl -D ${replicaDir} -m fast -w stop`,
    ]);
    const account = await localAccount(ctx);
    let found;
    // A connection the replica dropped may fail one read; the next goes to the primary.
    try {
      found = await searchFreelancers(ctx, account, { query: 'python' }, { limit: 5 });
    } catch {
      found = await searchFreelancers(ctx, account, { query: 'python' }, { limit: 5 });
    }
    expect(found.candidates.length).toBeGreaterThan(0);
    expect(logs.join('')).toContain('read replica unreachable: reading from the primary');
  });
});
