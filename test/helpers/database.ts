import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { createContext } from '../../src/app.js';
import type { AppContext } from '../../src/context.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import {
  adminQuery,
  databaseUrl,
  migrateWithReferenceData,
  seedTestIndex,
  templateReady,
  type TemplateName,
} from './templates.js';

// A fresh database for one test file, copied from a template the run made once (templates.ts):
// an in-memory PGlite, or a new database on the Postgres server named by TEST_DATABASE_URL
// (dropped again when the file is done). Without the templates (a file run outside its project's
// global setup), it is built in place, to the same state.

export const testDatabase = process.env.TEST_DATABASE === 'server' ? 'server' : 'embedded';

export interface TestDatabase extends DatabaseHandle {
  url?: string;
}

export async function openTestDatabase(
  options: {
    migrate?: boolean;
    template?: TemplateName;
    logger?: Logger;
    /** Named for the run's shared databases, which the project's teardown drops (seeded.ts). */
    shared?: boolean;
  } = {},
): Promise<TestDatabase> {
  const template = options.template ?? (options.migrate === false ? 'blank' : 'migrated');
  const provided = inject('databaseTemplates');
  if (provided) await templateReady(provided, template);
  const templates = provided?.names;
  let handle: DatabaseHandle;
  let url: string | undefined;
  let drop = async () => {};
  if (testDatabase === 'server') {
    const admin = process.env.TEST_DATABASE_URL;
    if (!admin) throw new Error('TEST_DATABASE=server needs TEST_DATABASE_URL');
    const prefix = (options.shared && inject('sharedDatabasePrefix')) || 'shortlist_test';
    const name = `${prefix}_${randomBytes(6).toString('hex')}`;
    await createDatabase(admin, name, templates?.[template]);
    url = databaseUrl(admin, name);
    handle = await openDatabase({
      databaseUrl: url,
      dataDir: '',
      poolSize: 4,
      logger: options.logger,
    });
    drop = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
  } else {
    const dump = templates && templateDump(templates[template]);
    handle = await openDatabase({
      dataDir: 'memory://',
      loadDataDir: dump,
      logger: options.logger,
    });
  }
  if (!templates && template !== 'blank') {
    await migrateWithReferenceData(handle.db);
    if (template === 'seeded') await seedTestIndex(handle.db);
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

/**
 * An in-memory PGlite from the run's embedded template, whichever project the file is in (a server
 * file that compares with PGlite); without the templates, migrated in place.
 */
export async function openEmbeddedDatabase(): Promise<DatabaseHandle> {
  const provided =
    testDatabase === 'embedded' ? inject('databaseTemplates') : inject('embeddedTemplates');
  if (provided) await templateReady(provided, 'migrated');
  const templates = provided?.names;
  const handle = await openDatabase({
    dataDir: 'memory://',
    loadDataDir: templates && templateDump(templates.migrated),
  });
  if (!templates) await migrateWithReferenceData(handle.db);
  return handle;
}

// A worker runs many files (isolate: false) and keeps each template's bytes for the next one.
// PGlite reads the dump whole with arrayBuffer(), which for a Blob built from a Buffer copies it
// in small chunks: a third of a seeded open's time on Node 20. This Blob hands over the bytes.
const dumps = new Map<string, ArrayBuffer>();

class TemplateDump extends Blob {
  readonly #data: ArrayBuffer;
  constructor(data: ArrayBuffer) {
    super([]);
    this.#data = data;
  }
  override get size(): number {
    return this.#data.byteLength;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#data);
  }
}

function templateDump(path: string): Blob {
  let bytes = dumps.get(path);
  if (!bytes) {
    const file = readFileSync(path);
    bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
    dumps.set(path, bytes);
  }
  return new TemplateDump(bytes);
}

// Two files may copy one template at the same moment; Postgres refuses a copy while another
// session is on the template (55006), which lasts only as long as that other copy.
async function createDatabase(admin: string, name: string, template?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(
        admin,
        `create database ${name}${template ? ` template ${template}` : ''}`,
      );
    } catch (err) {
      if ((err as { code?: string }).code !== '55006' || attempt === 10) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
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
