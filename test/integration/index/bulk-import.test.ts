import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkImportFile } from '../../../src/index/bulk-import.js';
import { importFile } from '../../../src/index/import.js';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

// The COPY importer exists only on a server; it must store exactly what the batched writer does.

const sample = readFileSync(new URL('../../../fixtures/sample.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

function tempFile(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shortlist-bulk-')), 'profiles.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

async function snapshot(db: TestDatabase['db']) {
  const { rows } = await sql<{ table: string; digest: string }>`
    select 'freelancers' as table, md5(string_agg(t::text, '|' order by t::text)) as digest from (
      select external_id, name, title, overview, hourly_rate_usd, region, rating, prior_score,
        badges, certifications, skill_ids, other_skills, ai_opt_in, search_doc, headline_doc,
        max_evidence, source_hash from freelancers) t
    union all select 'skills', md5(string_agg(t::text, '|' order by t::text)) from (
      select f.external_id, s.skill_id, s.name_as_written, s.years, s.level, s.evidence_count,
        s.rated, s.rating_sum, s.judged, s.succeeded
      from freelancer_skills s join freelancers f on f.id = s.freelancer_id) t
    union all select 'contracts', md5(string_agg(t::text, '|' order by t::text)) from (
      select f.external_id, c.position, c.title, c.description, c.skills, c.skill_ids,
        c.start_date, c.end_date, c.amount_usd, c.hourly, c.rating, c.feedback, c.on_time,
        c.rehired, c.success
      from contracts c join freelancers f on f.id = c.freelancer_id) t
    union all select 'portfolio', md5(string_agg(t::text, '|' order by t::text)) from (
      select f.external_id, p.position, p.title, p.description, p.skills, p.skill_ids, p.url
      from portfolio_items p join freelancers f on f.id = p.freelancer_id) t
    union all select 'languages', md5(string_agg(t::text, '|' order by t::text)) from (
      select f.external_id, l.code, l.level, l.level_rank
      from freelancer_languages l join freelancers f on f.id = l.freelancer_id) t
    union all select 'indexes', count(*)::text from pg_indexes where schemaname = 'public'
    union all select 'foreign keys', count(*)::text from pg_constraint where contype = 'f'`.execute(
    db,
  );
  return Object.fromEntries(rows.map((r) => [r.table, r.digest]));
}

describe.runIf(testDatabase === 'server')('bulk import over COPY', () => {
  let bulk: TestDatabase;
  let batched: TestDatabase;
  beforeAll(async () => {
    [bulk, batched] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  });
  afterAll(async () => Promise.all([bulk?.close(), batched?.close()]));

  it('stores what the batched writer stores, rebuilding the indexes it deferred', async () => {
    // Chunks of a few kilobytes split lines anywhere; a blank line still counts for line numbers.
    const file = tempFile([...sample.slice(0, 5), '', ...sample.slice(5), '{ not json']);
    const report = await bulkImportFile(bulk.db, bulk.url!, file, {
      deferIndexes: true,
      workers: 2,
      segmentSize: 7,
      chunkBytes: 3001,
    });
    expect(report).toMatchObject({ inserted: sample.length, updated: 0, deferredIndexes: true });
    expect(report.rejected).toEqual([
      { line: sample.length + 2, field: '(line)', reason: 'is not valid JSON' },
    ]);
    await importFile(batched.db, file);
    expect(await snapshot(bulk.db)).toEqual(await snapshot(batched.db));
  });

  it('re-imports incrementally: unchanged lines untouched, a changed one replaced', async () => {
    const changed = JSON.parse(sample[1]);
    changed.hourly_rate_usd = 123;
    changed.work_history = changed.work_history.slice(0, 1);
    const file = tempFile([...sample.slice(0, 1), JSON.stringify(changed)]);
    const report = await bulkImportFile(bulk.db, bulk.url!, file);
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, deferredIndexes: false });
    await importFile(batched.db, file);
    expect(await snapshot(bulk.db)).toEqual(await snapshot(batched.db));
  });
});
