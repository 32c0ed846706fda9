import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createContext, type AppContext } from '../../src/context.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { loadReferenceData } from '../../src/reference/reference-data.js';
import { createLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';

// A fresh, empty database for one test file: an in-memory PGlite, or a new database on the
// Postgres server named by TEST_DATABASE_URL (dropped again when the file is done).

export const testDatabase = process.env.TEST_DATABASE === 'server' ? 'server' : 'embedded';

export interface TestDatabase extends DatabaseHandle {
  url?: string;
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let url: string | undefined;
  let drop = async () => {};
  if (testDatabase === 'server') {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error('TEST_DATABASE=server needs TEST_DATABASE_URL');
    const name = `shortlist_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(admin, `create database ${name}`);
    const u = new URL(admin);
    u.pathname = `/${name}`;
    url = u.toString();
    handle = await openDatabase({ databaseUrl: url, dataDir: '', poolSize: 4 });
    drop = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
  } else {
    handle = await openDatabase({ dataDir: 'memory://' });
  }
  if (options.migrate !== false) {
    await migrateToLatest(handle.db);
    await loadReferenceData(handle.db);
  }
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function testContext(handle: DatabaseHandle, env: Record<string, string> = {}): AppContext {
  return createContext({
    config: loadConfig({ SHORTLIST_DATA_DIR: 'memory://', ...env }),
    logger: createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent', pretty: false }),
    db: handle.db,
    dbKind: handle.kind,
    hasVector: false,
  });
}
