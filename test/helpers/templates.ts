import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Db } from '../../src/db/database.js';
import { seedIndex } from '../../src/index/seed-index.js';
import { loadReferenceData } from '../../src/reference/reference-data.js';

// Every integration test file starts from a copy of a template made once per run
// (test/integration/global-setup.ts), instead of booting, migrating and seeding its own:
// `blank` (a new database), `migrated` (migrations and reference data) and `seeded` (SEEDED_INDEX
// with the models it trains). PGlite boots from a dump of the template's data directory; the
// Postgres server copies the template database with CREATE DATABASE ... TEMPLATE.

export type TemplateName = 'blank' | 'migrated' | 'seeded';
/** A dump file (embedded) or a database name (server) for each template. */
export type DatabaseTemplates = Record<TemplateName, string>;

export const TEST_AS_OF = '2026-11-01';
export const SEEDED_INDEX = { count: 1500, seed: 'search-tests', asOf: TEST_AS_OF } as const;

export async function migrateWithReferenceData(db: Db): Promise<void> {
  await migrateToLatest(db);
  await loadReferenceData(db);
}

export async function seedTestIndex(db: Db): Promise<void> {
  await seedIndex(db, SEEDED_INDEX);
}

export interface BuiltTemplates {
  templates: DatabaseTemplates;
  remove: () => Promise<void>;
}

export async function buildEmbeddedTemplates(): Promise<BuiltTemplates> {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-templates-'));
  const handle = await openDatabase({ dataDir: 'memory://' });
  const save = async (name: TemplateName) => {
    const path = join(dir, `${name}.tar`);
    writeFileSync(path, Buffer.from(await (await handle.dumpDataDir!()).arrayBuffer()));
    return path;
  };
  try {
    const blank = await save('blank');
    await migrateWithReferenceData(handle.db);
    const migrated = await save('migrated');
    await seedTestIndex(handle.db);
    const seeded = await save('seeded');
    return {
      templates: { blank, migrated, seeded },
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    await handle.close();
  }
}

export async function buildServerTemplates(admin: string): Promise<BuiltTemplates> {
  const run = randomBytes(4).toString('hex');
  const templates: DatabaseTemplates = {
    blank: `shortlist_template_${run}_blank`,
    migrated: `shortlist_template_${run}_migrated`,
    seeded: `shortlist_template_${run}_seeded`,
  };
  const remove = async () => {
    for (const name of Object.values(templates)) {
      await adminQuery(admin, `drop database if exists ${name} with (force)`);
    }
  };
  const fill = async (name: string, from: string | undefined, build: (db: Db) => Promise<void>) => {
    await adminQuery(admin, `create database ${name}${from ? ` template ${from}` : ''}`);
    const handle = await openDatabase({ databaseUrl: databaseUrl(admin, name), dataDir: '' });
    try {
      await build(handle.db);
    } finally {
      await handle.close();
    }
  };
  try {
    await fill(templates.blank, undefined, async () => {});
    await fill(templates.migrated, templates.blank, migrateWithReferenceData);
    await fill(templates.seeded, templates.migrated, seedTestIndex);
  } catch (err) {
    await remove();
    throw err;
  }
  return { templates, remove };
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
    databaseTemplates?: DatabaseTemplates;
  }
}
