import type { Db } from '../db/database.js';
import type { LogisticModel } from './logistic.js';
import type { CalibrationBin } from './metrics.js';

export const MODEL_KIND = 'success_prediction';

export interface Quality {
  auc: number;
  brier: number;
}

export interface TrainingReport {
  trained_at: string;
  train_count: number;
  holdout_count: number;
  /** Contracts starting on or after this day are held out. */
  holdout_from: string;
  base_rate: number;
  model: Quality;
  baseline: Quality;
  calibration: CalibrationBin[];
}

export interface StoredModel {
  model: LogisticModel;
  baseline: LogisticModel;
}

export interface LoadedModel extends StoredModel {
  trained_at: Date;
  report: TrainingReport;
}

/** The most recently stored success model, or undefined when none has been trained. */
export async function loadLatestModel(db: Db): Promise<LoadedModel | undefined> {
  const row = await db
    .selectFrom('models')
    .select(['trained_at', 'params', 'metrics'])
    .where('kind', '=', MODEL_KIND)
    // The last one stored wins, whatever clock it was trained under.
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const params = row.params as StoredModel;
  const report = row.metrics as TrainingReport;
  return { ...params, trained_at: new Date(row.trained_at), report };
}
