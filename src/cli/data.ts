import { existsSync } from 'node:fs';
import { openApp } from '../app.js';
import type { CommandArgs } from './args.js';
import { createMigrator, migrateDown, openDatabase } from '../db/database.js';
import { bulkImportFile, type ImportPhases } from '../index/bulk-import.js';
import { storeIndexFacts } from '../reference/index-facts.js';
import { compactSearchIndexes } from '../search/retrieve/champion-lists.js';
import { importFile, writersFor } from '../index/import.js';
import { formatTrainingReport } from '../prediction/report.js';
import { seedIndex, writeSeedFile } from '../index/seed-index.js';
import { formatNeedModelReport } from '../search/understand/train-need-model.js';
import { intOption, UsageError } from './args.js';
import { createProgress } from './progress.js';

export async function migrate({ config, logger, values }: CommandArgs): Promise<number> {
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    logger,
  });
  try {
    if (values.down) {
      const undone = await migrateDown(handle.db);
      console.log(undone.length ? `Undid ${undone.join(', ')}` : 'Nothing to undo.');
      return 0;
    }
    const { results, error } = await createMigrator(handle.db).migrateToLatest();
    if (error) throw error;
    const applied = (results ?? []).map((r) => r.migrationName);
    console.log(applied.length ? `Applied ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await handle.close();
  }
}

export async function seed(args: CommandArgs): Promise<number> {
  const count = intOption(args, 'count', 5000, 1);
  const seedValue = String(args.values.seed ?? 'shortlist-demo');
  const asOf = args.values['as-of'] as string | undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new UsageError(`--as-of must be an ISO date such as 2026-11-01 (got "${asOf}")`);
  }
  if (typeof args.values.out === 'string') {
    const written = await writeSeedFile(
      args.values.out,
      { count, seed: seedValue, asOf },
      createProgress('Writing', count),
    );
    console.log(`Wrote ${written.toLocaleString('en')} profiles to ${args.values.out}.`);
    return 0;
  }
  const app = await openApp(args.config, args.logger);
  try {
    const progress = createProgress('Seeding', count);
    const started = performance.now();
    const result = await seedIndex(app.ctx.db, {
      count,
      seed: seedValue,
      asOf,
      onProgress: progress.update,
      concurrency: writersFor(app.ctx.dbKind),
    });
    const seconds = (performance.now() - started) / 1000;
    progress.done();
    console.log(
      `Seeded ${count.toLocaleString('en')} profiles (seed "${seedValue}") in ${seconds.toFixed(1)} s ` +
        `(${Math.round(count / seconds).toLocaleString('en')}/s): ${result.inserted} new, ${result.updated} updated, ${result.unchanged} unchanged.`,
    );
    if (result.training?.stored) console.log(`\n${formatTrainingReport(result.training.report)}`);
    if (result.needModel) console.log(`\n${formatNeedModelReport(result.needModel)}`);
    return 0;
  } finally {
    await app.close();
  }
}

export async function importCommand(args: CommandArgs): Promise<number> {
  const [file] = args.positionals;
  if (!file) throw new UsageError('name the file to import: shortlist import FILE.jsonl');
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const app = await openApp(args.config, args.logger);
  try {
    const progress = createProgress(`Importing ${file}`, undefined);
    const started = performance.now();
    // A server takes the COPY path; the embedded database keeps the batched writer.
    const bulk = args.config.databaseUrl
      ? await bulkImportFile(app.ctx.db, args.config.databaseUrl, file, {
          workers: args.values.workers === undefined ? undefined : intOption(args, 'workers', 2, 1),
          writers: args.values.writers === undefined ? undefined : intOption(args, 'writers', 2, 1),
          onProgress: progress.update,
          onStep: (step) => progress.done(`${step}…`),
        })
      : undefined;
    const report = bulk ?? (await importFile(app.ctx.db, file, { onProgress: progress.update }));
    progress.done();
    // Counted after the load (what searches read instead of scanning the index), within its time.
    const factsStarted = performance.now();
    if (report.inserted + report.updated > 0) {
      await storeIndexFacts(app.ctx.db);
      await compactSearchIndexes(app.ctx.db);
    }
    const factsMs = performance.now() - factsStarted;
    const seconds = (performance.now() - started) / 1000;
    for (const bad of report.rejected) {
      console.error(`line ${bad.line}: ${bad.field} ${bad.reason}`);
    }
    const loaded = report.inserted + report.updated + report.unchanged;
    console.log(
      `Read ${report.read} lines in ${seconds.toFixed(1)} s: ${report.inserted} new, ${report.updated} updated, ` +
        `${report.unchanged} unchanged, ${report.rejected.length} rejected` +
        (loaded ? ` (${Math.round(loaded / seconds).toLocaleString('en')} profiles/s).` : '.'),
    );
    if (bulk) console.log(formatPhases(bulk.phases, factsMs));
    return report.rejected.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

/** Where a bulk load spent its time; parsing and writing overlap, so the parts exceed the whole. */
export function formatPhases(p: ImportPhases, factsMs = 0): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `Phases: parse ${s(p.parse)} (thread wall time), stage ${s(p.stage)}, merge and search documents ` +
    `${s(p.merge)}, child rows ${s(p.children)}, replaced rows ${s(p.replace)}, indexes dropped ` +
    `${s(p.dropIndexes)} and built ${s(p.rebuildIndexes)}, statistics ${s(p.analyze)}, index facts ${s(factsMs)}; total ${s(p.total + factsMs)}; ` +
    `CPU of this process ${s(p.cpu)}.`
  );
}
