import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../db/database.js';
import { bulkImportFile, type ImportPhases } from '../index/bulk-import.js';
import { importFile, writersFor } from '../index/import.js';
import { loadReferenceData } from '../reference/reference-data.js';
import { writeSeedFile } from '../index/seed-index.js';
import type { Logger } from '../logger.js';

// Import speed into a fresh database of the configured kind (a scratch database on the server,
// dropped afterwards; an in-memory one when embedded), beside the baseline of one profile per
// statement batch.

const BASELINE_PROFILES = 500;

export async function benchImport(
  config: Config,
  logger: Logger,
  count: number,
  onProgress?: (n: number) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'shortlist-bench-'));
  const file = join(dir, 'profiles.jsonl');
  const baselineFile = join(dir, 'baseline.jsonl');
  await writeSeedFile(file, { count, seed: 'bench-import', asOf: '2026-11-01' });
  await writeSeedFile(baselineFile, {
    count: BASELINE_PROFILES,
    seed: 'bench-baseline',
    asOf: '2026-11-01',
  });
  const rows: {
    path: string;
    profiles: number;
    seconds: number;
    /** CPU of this process (parser threads included) per profile, ms. */
    cpuMs: number;
    phases?: ImportPhases;
  }[] = [];
  let kind = 'embedded';
  // On a server the COPY importer runs first; the batched writer it replaced is its baseline.
  const paths = [
    ...(config.databaseUrl ? [['COPY import (worker threads)', file, 0, count] as const] : []),
    ['batched upsert (500 a batch)', file, 500, count],
    ['baseline: one profile a batch', baselineFile, 1, BASELINE_PROFILES],
  ] as const;
  try {
    for (const [path, source, batchSize, n] of paths) {
      const scratch = await scratchDatabase(config, logger);
      kind = scratch.handle.kind;
      try {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const report =
          batchSize === 0
            ? await bulkImportFile(scratch.handle.db, scratch.url!, source, { onProgress })
            : await importFile(scratch.handle.db, source, {
                concurrency: batchSize > 1 ? writersFor(scratch.handle.kind) : 1,
                batchSize,
                onProgress: batchSize === 500 && !config.databaseUrl ? onProgress : undefined,
              });
        if (report.inserted !== n)
          throw new Error(`bench import loaded ${report.inserted} of ${n}`);
        const used = process.cpuUsage(cpu);
        rows.push({
          path,
          profiles: n,
          seconds: (performance.now() - started) / 1000,
          cpuMs: (used.user + used.system) / 1000 / n,
          phases: 'phases' in report ? (report.phases as ImportPhases) : undefined,
        });
      } finally {
        await scratch.drop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { kind, rows };
}

async function scratchDatabase(
  config: Config,
  logger: Logger,
): Promise<{ handle: DatabaseHandle; url?: string; drop: () => Promise<void> }> {
  if (!config.databaseUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    await loadReferenceData(handle.db);
    return { handle, drop: () => handle.close() };
  }
  const name = `shortlist_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: config.databaseUrl });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(config.databaseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '', logger });
  await migrateToLatest(handle.db);
  await loadReferenceData(handle.db);
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
