import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Db } from '../db/database.js';
import { trainSuccessModel, type TrainingResult } from '../prediction/train.js';
import { generateProfiles } from '../seed/generate.js';
import { trainNeedModel, type NeedModelReport } from '../search/understand/train-need-model.js';
import { loadProfiles } from './import.js';
import type { WriteResult } from './write-profiles.js';

export interface SeedOptions {
  count: number;
  seed: number | string;
  /** The "today" of the generated data; the default is today, so the demo never looks stale. */
  asOf?: string;
  onProgress?: (done: number) => void;
  /** Train the success and need→skill models on the loaded index afterwards (default true). */
  train?: boolean;
  /** Batches written at once (see LoadOptions). */
  concurrency?: number;
}

export async function seedIndex(
  db: Db,
  options: SeedOptions,
): Promise<WriteResult & { training?: TrainingResult; needModel?: NeedModelReport }> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const source = generateProfiles({ count: options.count, seed: options.seed, asOf });
  const written = await loadProfiles(db, source, {
    batchSize: 500,
    onProgress: options.onProgress,
    concurrency: options.concurrency,
  });
  // A seeded index comes with a success model trained on its own contracts, as `train` would.
  if (options.train === false) return written;
  const training = await trainSuccessModel(db);
  return { ...written, training, needModel: await trainNeedModel(db) };
}

/** Writes generated profiles as import-format JSON Lines (no hidden truth), streaming. */
export async function writeSeedFile(
  path: string,
  options: Omit<SeedOptions, 'onProgress'>,
  progress?: { update: (n: number) => void; done: () => void },
): Promise<number> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const out = createWriteStream(path);
  let n = 0;
  for (const { profile } of generateProfiles({ count: options.count, seed: options.seed, asOf })) {
    if (!out.write(JSON.stringify(profile) + '\n')) await once(out, 'drain');
    if (++n % 1000 === 0) progress?.update(n);
  }
  out.end();
  await once(out, 'finish');
  progress?.done();
  return n;
}

export async function countProfiles(db: Db): Promise<number> {
  const row = await db
    .selectFrom('freelancers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
