import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkImportFile } from '../../../src/index/bulk-import.js';
import { importFile } from '../../../src/index/import.js';
import {
  openEmbeddedDatabase,
  openTestDatabase,
  testDatabase,
  type TestDatabase,
} from '../../helpers/database.js';

// The COPY importer exists only on a server; it must store exactly what the batched writer does,
// on a server and on the embedded database alike.

const sample = readFileSync(new URL('../../../fixtures/sample.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

// The files a test imports, in one folder of this file's own, removed when the file is done.
let tempDir: string | undefined;
let tempFiles = 0;
function tempFile(lines: string[]): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'shortlist-bulk-'));
  const path = join(tempDir, `profiles-${++tempFiles}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

/** A profile whose texts hold every byte COPY escapes, quotes, and characters of 2 to 4 bytes. */
function awkward(base: string, id: string): string {
  const p = JSON.parse(base);
  p.external_id = id;
  p.name = 'Zoë Ångström-Łukasiewicz 中文 🚀';
  p.title = 'Data "Wrangler"\\Engineer\twith tabs';
  p.overview = 'Line one\nline two\r\nback\\slash, {braces}, "quotes", naïve café 🙂';
  p.skills = [...p.skills, { name: 'Ünïcödé "skill"\\x' }];
  p.portfolio = [{ title: 'Tab\there', description: 'a\\b\nc 日本語', skills: ['Python', 'a,b'] }];
  return JSON.stringify(p);
}

// Everything an import stores, keyed by external id (ids and timestamps differ by design).
async function snapshot(db: TestDatabase['db']) {
  const child = (table: string) =>
    sql.raw(`select f.external_id, to_jsonb(t) - 'id' - 'freelancer_id' as row
    from ${table} t join freelancers f on f.id = t.freelancer_id`);
  const { rows } = await sql<{ part: string; digest: string; n: string }>`
    select part, md5(string_agg(row, '|' order by row)) as digest, count(*)::text as n from (
      select 'freelancers' as part, (to_jsonb(f) - 'id' - 'created_at' - 'updated_at')::text
        || f.search_doc::text || f.headline_doc::text as row from freelancers f
      union all select 'skills', t::text from (${child('freelancer_skills')}) t
      union all select 'languages', t::text from (${child('freelancer_languages')}) t
      union all select 'portfolio', t::text from (${child('portfolio_items')}) t
      union all select 'contracts', t::text from (${child('contracts')}) t
      union all select 'opted out', external_id from freelancers where not ai_opt_in
      union all select 'search rows', (to_jsonb(r) - 'id' - 'updated_at')::text from search_rows r
      union all select 'indexes', indexdef from pg_indexes where schemaname = 'public'
      union all select 'foreign keys', conrelid::regclass || pg_get_constraintdef(oid)
        from pg_constraint where contype = 'f') x
    group by part order by part`.execute(db);
  return Object.fromEntries(rows.map((r) => [r.part, `${r.n} ${r.digest}`]));
}

describe.runIf(testDatabase === 'server')('bulk import over COPY', () => {
  let bulk: TestDatabase;
  let batched: TestDatabase;
  beforeAll(async () => {
    [bulk, batched] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  });
  afterAll(async () => Promise.all([bulk?.close(), batched?.close()]));

  it('stores what the batched writer stores, on a server and embedded, rebuilding what it deferred', async () => {
    const changed = JSON.parse(sample[3]);
    changed.title = 'Changed title';
    // Chunks of a few kilobytes split lines anywhere; a blank line still counts for line numbers.
    // Lines repeat an external id within a chunk and across segments: the last one wins.
    const lines = [
      ...sample.slice(0, 5),
      '',
      awkward(sample[0], 'awkward-1'),
      ...sample.slice(5),
      JSON.stringify(changed),
      awkward(sample[1], 'awkward-1'),
      '{ not json',
      sample[4],
    ];
    const file = tempFile(lines);
    const report = await bulkImportFile(bulk.db, bulk.url!, file, {
      deferIndexes: true,
      workers: 2,
      segmentSize: 7,
      chunkBytes: 3001,
    });
    expect(report).toMatchObject({
      inserted: sample.length + 1,
      updated: 2,
      unchanged: 1,
      deferredIndexes: true,
    });
    expect(report.rejected).toEqual([
      { line: lines.length - 1, field: '(line)', reason: 'is not valid JSON' },
    ]);
    await importFile(batched.db, file);
    const expected = await snapshot(batched.db);
    expect(expected['opted out']).toMatch(/^[1-9]/);
    expect(await snapshot(bulk.db)).toEqual(expected);

    // In one chunk, a repeated line supersedes the earlier one before anything is written.
    const oneChunk = await openTestDatabase();
    try {
      const again = await bulkImportFile(oneChunk.db, oneChunk.url!, file, { workers: 1 });
      expect(again).toMatchObject({ inserted: sample.length + 1, updated: 2, unchanged: 1 });
      expect(await snapshot(oneChunk.db)).toEqual(expected);
    } finally {
      await oneChunk.close();
    }

    const embedded = await openEmbeddedDatabase();
    try {
      await importFile(embedded.db, file);
      const rows = await snapshot(embedded.db);
      for (const part of ['freelancers', 'skills', 'languages', 'portfolio', 'contracts']) {
        expect(rows[part], part).toEqual(expected[part]);
      }
    } finally {
      await embedded.close();
    }
  });

  it('re-imports incrementally: unchanged lines untouched, a changed one replaced', async () => {
    const changed = JSON.parse(sample[1]);
    changed.hourly_rate_usd = 123;
    changed.work_history = changed.work_history.slice(0, 1);
    const file = tempFile([...sample.slice(0, 1), JSON.stringify(changed)]);
    const before = await bulk.db.selectFrom('freelancers').select(['id', 'updated_at']).execute();
    const report = await bulkImportFile(bulk.db, bulk.url!, file);
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, deferredIndexes: false });
    await importFile(batched.db, file);
    expect(await snapshot(bulk.db)).toEqual(await snapshot(batched.db));
    const after = await bulk.db.selectFrom('freelancers').select(['id', 'updated_at']).execute();
    const moved = after.filter((r) => {
      const old = before.find((b) => b.id === r.id);
      return old?.updated_at.getTime() !== r.updated_at.getTime();
    });
    expect(moved).toHaveLength(1);
  });
});
