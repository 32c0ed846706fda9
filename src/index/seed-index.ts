import type { Db } from '../db/database.js';
import { trainSuccessModel, type TrainingResult } from '../prediction/train.js';
import { generateProfiles } from '../seed/generate.js';
import { loadProfiles } from './import.js';
import type { WriteResult } from './write-profiles.js';

export interface SeedOptions {
  count: number;
  seed: number | string;
  /** The "today" of the generated data; the default is today, so the demo never looks stale. */
  asOf?: string;
  onProgress?: (done: number) => void;
  /** Train the success model on the loaded contracts afterwards (default true). */
  train?: boolean;
}

export async function seedIndex(
  db: Db,
  options: SeedOptions,
): Promise<WriteResult & { training?: TrainingResult }> {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  const source = generateProfiles({ count: options.count, seed: options.seed, asOf });
  const written = await loadProfiles(db, source, { batchSize: 500, onProgress: options.onProgress });
  // A seeded index comes with a success model trained on its own contracts, as `train` would.
  if (options.train === false) return written;
  return { ...written, training: await trainSuccessModel(db) };
}

export async function countProfiles(db: Db): Promise<number> {
  const row = await db
    .selectFrom('freelancers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
