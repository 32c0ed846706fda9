import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/index/import.js';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

const sample = readFileSync(new URL('../../../fixtures/sample.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

// The files a test imports, in one folder of this file's own, removed when the file is done.
let tempDir: string | undefined;
let tempFiles = 0;
function tempFile(lines: string[]): string {
  tempDir ??= mkdtempSync(join(tmpdir(), 'shortlist-import-'));
  const path = join(tempDir, `profiles-${++tempFiles}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

describe(`import on ${testDatabase}`, () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(async () => handle?.close());

  it('loads the sample, reports each bad line by number with field and reason, and loads the rest', async () => {
    const good = JSON.parse(sample[0]);
    const lines = [
      ...sample,
      '{ not json',
      JSON.stringify({ ...good, external_id: 'bad-rate', hourly_rate_usd: 'eighty' }),
      JSON.stringify({
        ...good,
        external_id: 'bad-zone',
        location: { ...good.location, timezone: 'Mars/Olympus' },
      }),
      JSON.stringify({ ...good, external_id: undefined }),
      JSON.stringify({
        ...good,
        external_id: 'bad-date',
        stats: { ...good.stats, member_since: '12/01/2020' },
      }),
    ];
    const report = await importFile(handle.db, tempFile(lines));
    expect(report.inserted).toBe(sample.length);
    expect(report.rejected).toEqual([
      { line: sample.length + 1, field: '(line)', reason: 'is not valid JSON' },
      {
        line: sample.length + 2,
        field: 'hourly_rate_usd',
        reason: 'expected number, received string',
      },
      {
        line: sample.length + 3,
        field: 'location.timezone',
        reason: 'must be an IANA time zone, such as "Europe/Berlin"',
      },
      {
        line: sample.length + 4,
        field: 'external_id',
        reason: 'expected string, received undefined',
      },
      {
        line: sample.length + 5,
        field: 'stats.member_since',
        reason: 'must be an ISO date (YYYY-MM-DD)',
      },
    ]);
    const { n } = await handle.db
      .selectFrom('freelancers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(sample.length);
  });

  it('changes nothing on a second import of the same file', async () => {
    const before = await handle.db
      .selectFrom('freelancers')
      .select(['external_id', 'updated_at', 'source_hash'])
      .orderBy('external_id')
      .execute();
    const contractsBefore = await handle.db
      .selectFrom('contracts')
      .select(['id'])
      .orderBy('id')
      .execute();
    const report = await importFile(handle.db, tempFile(sample));
    expect(report).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: sample.length,
      rejected: [],
    });
    expect(
      await handle.db
        .selectFrom('freelancers')
        .select(['external_id', 'updated_at', 'source_hash'])
        .orderBy('external_id')
        .execute(),
    ).toEqual(before);
    expect(await handle.db.selectFrom('contracts').select(['id']).orderBy('id').execute()).toEqual(
      contractsBefore,
    );
  });

  it('upserts a changed profile by external_id and replaces its history', async () => {
    const changed = JSON.parse(sample[1]);
    changed.hourly_rate_usd = 123;
    changed.work_history = changed.work_history.slice(0, 1);
    const report = await importFile(handle.db, tempFile([JSON.stringify(changed)]));
    expect(report).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    const row = await handle.db
      .selectFrom('freelancers')
      .select(['id', 'hourly_rate_usd'])
      .where('external_id', '=', changed.external_id)
      .executeTakeFirstOrThrow();
    expect(row.hourly_rate_usd).toBe(123);
    const contracts = await handle.db
      .selectFrom('contracts')
      .select('title')
      .where('freelancer_id', '=', row.id)
      .execute();
    expect(contracts.map((c) => c.title)).toEqual(
      changed.work_history.map((c: { title: string }) => c.title),
    );
  });

  it('stores opt-out profiles but flags them', async () => {
    const optedOut = sample.map((l) => JSON.parse(l)).filter((p) => p.ai_opt_in === false);
    expect(optedOut.length).toBeGreaterThan(0);
    const rows = await handle.db
      .selectFrom('freelancers')
      .select(['external_id', 'ai_opt_in'])
      .where(
        'external_id',
        'in',
        optedOut.map((p) => p.external_id),
      )
      .execute();
    expect(rows).toHaveLength(optedOut.length);
    expect(rows.every((r) => r.ai_opt_in === false)).toBe(true);
  });

  it('resolves synonyms to canonical skills and closes skill ids over parents', async () => {
    const graph = (await import('../../../src/reference/skill-graph.js')).loadSkillGraph;
    const skills = await graph(handle.db);
    const react = skills.resolve('ReactJS')!;
    expect(react.name).toBe('React');
    expect(skills.resolve('react.js')?.id).toBe(react.id);
    expect(skills.resolve('k8s')?.name).toBe('Kubernetes');
    const withNext = await handle.db
      .selectFrom('freelancers as f')
      .innerJoin('freelancer_skills as fs', 'fs.freelancer_id', 'f.id')
      .select(['f.skill_ids'])
      .where('fs.skill_id', '=', skills.resolve('Next.js')!.id)
      .execute();
    for (const row of withNext) expect(row.skill_ids).toContain(react.id);
  });
});
