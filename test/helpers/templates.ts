import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/database.js';
import { seedIndex } from '../../src/index/seed-index.js';
import { loadReferenceData } from '../../src/reference/reference-data.js';

// Every integration test file starts from a copy of a template made once per run
// (test/helpers/fixtures.ts), instead of booting, migrating and seeding its own:
// `blank` (a new database), `migrated` (migrations and reference data) and `seeded` (SEEDED_INDEX
// with the models it trains). PGlite boots from a dump of the template's data directory; the
// Postgres server copies the template database with CREATE DATABASE ... TEMPLATE.

export type TemplateName = 'blank' | 'migrated' | 'seeded';
/** A dump file (embedded) or a database name (server) for each template. */
export type DatabaseTemplates = Record<TemplateName, string>;

/**
 * A project's templates as its files receive them, before they are built: the run builds them
 * while the files that need none (or one already built) run, and a file `NAME` appears in the
 * folder `ready` once template NAME can be copied (`failed`, saying why, if the build failed).
 */
export interface ProvidedTemplates {
  names: DatabaseTemplates;
  ready: string;
}

/** Waits until template `name` of `templates` is built; throws if its build failed. */
export async function templateReady(templates: ProvidedTemplates, name: TemplateName) {
  while (!existsSync(join(templates.ready, name))) {
    const failed = join(templates.ready, 'failed');
    if (existsSync(failed))
      throw new Error(`the ${name} test database was not built: ${readFileSync(failed, 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const TEST_AS_OF = '2026-11-01';
export const SEEDED_INDEX = { count: 1500, seed: 'search-tests', asOf: TEST_AS_OF } as const;

export async function migrateWithReferenceData(db: Db): Promise<void> {
  await migrateToLatest(db);
  await loadReferenceData(db);
}

export async function seedTestIndex(db: Db): Promise<void> {
  await seedIndex(db, SEEDED_INDEX);
}

/** The dump file of each PGlite template in `dir`. */
export function embeddedTemplatePaths(dir: string): DatabaseTemplates {
  return {
    blank: join(dir, 'blank.tar'),
    migrated: join(dir, 'migrated.tar'),
    seeded: join(dir, 'seeded.tar'),
  };
}

/**
 * Builds the three PGlite templates as dumps in `dir`, calling `onReady` as each is in place (a
 * dump appears whole, by rename). Each is dumped right after a checkpoint, so a file that opens it
 * replays no WAL (the seeded one replayed 50 MB of it on every open), and without the WAL segments
 * that checkpoint made unneeded (segments PGlite keeps for reuse).
 */
export async function buildEmbeddedTemplates(
  dir: string,
  onReady: (name: TemplateName) => void = () => {},
): Promise<DatabaseTemplates> {
  const handle = await openDatabase({ dataDir: 'memory://' });
  const paths = embeddedTemplatePaths(dir);
  const save = async (name: TemplateName) => {
    const path = paths[name];
    await sql`checkpoint`.execute(handle.db);
    const { rows } = await sql<{ first: string; last: string }>`
      select redo_wal_file as first, pg_walfile_name(pg_current_wal_insert_lsn()) as last
      from pg_control_checkpoint()`.execute(handle.db);
    const tar = new Uint8Array(await (await handle.dumpDataDir!()).arrayBuffer());
    const building = `${path}.${randomBytes(4).toString('hex')}`;
    writeFileSync(
      building,
      withoutTarEntries(tar, (entry) => {
        const segment = /^\/?pg_wal\/([0-9A-F]{24})$/.exec(entry)?.[1];
        return segment !== undefined && (segment < rows[0].first || segment > rows[0].last);
      }),
    );
    renameSync(building, path);
    onReady(name);
    return path;
  };
  try {
    const blank = await save('blank');
    await migrateWithReferenceData(handle.db);
    const migrated = await save('migrated');
    await seedTestIndex(handle.db);
    const seeded = await save('seeded');
    return { blank, migrated, seeded };
  } finally {
    await handle.close();
  }
}

/** A ustar archive without the entries `drop` names: each entry is a 512-byte header (the name
 * first, the size in octal at 124) and its data padded to 512 bytes; zero blocks end it. */
function withoutTarEntries(tar: Uint8Array, drop: (name: string) => boolean): Uint8Array {
  const kept: Uint8Array[] = [];
  let at = 0;
  while (at + 512 <= tar.length && tar[at] !== 0) {
    const header = Buffer.from(tar.buffer, tar.byteOffset + at, 512);
    const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(
      header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0',
      8,
    );
    const end = at + 512 + Math.ceil(size / 512) * 512;
    if (!drop(name)) kept.push(tar.subarray(at, end));
    at = end;
  }
  kept.push(tar.subarray(at));
  return Buffer.concat(kept);
}

export function serverTemplateNames(prefix: string): DatabaseTemplates {
  return { blank: `${prefix}_blank`, migrated: `${prefix}_migrated`, seeded: `${prefix}_seeded` };
}

/**
 * Builds the three templates as databases named `${prefix}_blank` etc. on the server, calling
 * `onReady` as each is in place. Each is made under another name and renamed once the next one has
 * been copied from it (a copy needs its template to itself), so a template that exists is whole.
 */
export async function buildServerTemplates(
  admin: string,
  prefix: string,
  onReady: (name: TemplateName) => void = () => {},
): Promise<DatabaseTemplates> {
  const building = serverTemplateNames(`${prefix}_${randomBytes(3).toString('hex')}`);
  const templates = serverTemplateNames(prefix);
  const create = (name: TemplateName, from?: TemplateName) =>
    adminQuery(
      admin,
      `create database ${building[name]}${from ? ` template ${building[from]}` : ''}`,
    );
  const fill = async (name: TemplateName, build: (db: Db) => Promise<void>) => {
    const handle = await openDatabase({
      databaseUrl: databaseUrl(admin, building[name]),
      dataDir: '',
    });
    try {
      await build(handle.db);
    } finally {
      await handle.close();
    }
  };
  const publish = async (name: TemplateName) => {
    await adminQuery(admin, `drop database if exists ${templates[name]} with (force)`);
    await adminQuery(admin, `alter database ${building[name]} rename to ${templates[name]}`);
    building[name] = templates[name];
    onReady(name);
  };
  try {
    await create('blank');
    await create('migrated', 'blank');
    await publish('blank');
    await fill('migrated', migrateWithReferenceData);
    await create('seeded', 'migrated');
    await publish('migrated');
    await fill('seeded', seedTestIndex);
    await publish('seeded');
  } catch (err) {
    await dropDatabases(admin, building);
    throw err;
  }
  return templates;
}

/** Drops every database whose name starts with `prefix`. */
export async function dropDatabasesNamed(admin: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [prefix],
    );
    for (const { datname } of rows) {
      await client.query(
        `drop database if exists ${client.escapeIdentifier(datname)} with (force)`,
      );
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabases(admin: string, names: DatabaseTemplates): Promise<void> {
  for (const name of Object.values(names)) {
    await adminQuery(admin, `drop database if exists ${name} with (force)`);
  }
}

/** Whether a database of this name exists on the server. */
export async function databaseExists(admin: string, name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    return rowCount === 1;
  } finally {
    await client.end();
  }
}

export function databaseUrl(admin: string, name: string): string {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplates?: ProvidedTemplates;
    /** The embedded templates, in the server project too when the run has them. */
    embeddedTemplates?: ProvidedTemplates;
    /** The name prefix of this run's shared databases on the server (seeded.ts). */
    sharedDatabasePrefix?: string;
  }
}
