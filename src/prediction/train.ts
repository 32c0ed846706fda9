import type { Db } from '../db/database.js';
import { buildExamples, FEATURE_NAMES, loadHistories, type Example } from './dataset.js';
import { BASELINE_FEATURES } from './features.js';
import { fitLogistic, predictProbability, type LogisticModel } from './logistic.js';
import { auc, brier, calibration, round4 } from './metrics.js';
import { MODEL_KIND, type StoredModel, type TrainingReport } from './model-store.js';

// Time-based split: the model learns from older contracts and is graded on the newest share it
// never saw, as it will be used (on projects that start after everything it learned from).

export const HOLDOUT_SHARE = 0.2;
/** Fewer labelled contracts than this and there is nothing honest to measure. */
export const MIN_EXAMPLES = 200;

export type TrainingResult =
  { stored: true; report: TrainingReport } | { stored: false; reason: string };

export async function trainSuccessModel(
  db: Db,
  options: { now?: Date } = {},
): Promise<TrainingResult> {
  const examples = buildExamples(await loadHistories(db));
  if (examples.length < MIN_EXAMPLES) {
    return {
      stored: false,
      reason: `only ${examples.length} finished contracts with an outcome; training needs at least ${MIN_EXAMPLES}`,
    };
  }
  const cut = Math.floor(examples.length * (1 - HOLDOUT_SHARE));
  // Contracts starting on the cut day all go to one side, so no day is split between the two.
  const holdoutFrom = examples[cut].start_date;
  const train = examples.filter((e) => e.start_date < holdoutFrom);
  const holdout = examples.filter((e) => e.start_date >= holdoutFrom);

  const model = fitLogistic(
    FEATURE_NAMES,
    train.map((e) => e.row),
    labels(train),
  );
  const baseIdx = BASELINE_FEATURES.map((f) => FEATURE_NAMES.indexOf(f));
  const pick = (row: number[]) => baseIdx.map((j) => row[j]);
  const baseline = fitLogistic(
    BASELINE_FEATURES,
    train.map((e) => pick(e.row)),
    labels(train),
  );

  const y = labels(holdout);
  const p = holdout.map((e) => predictProbability(model, e.row));
  const pb = holdout.map((e) => predictProbability(baseline, pick(e.row)));
  const trainedAt = options.now ?? new Date();
  const report: TrainingReport = {
    trained_at: trainedAt.toISOString(),
    train_count: train.length,
    holdout_count: holdout.length,
    holdout_from: holdoutFrom,
    base_rate: round4(y.reduce((a, b) => a + b, 0) / Math.max(1, y.length)),
    model: { auc: round4(auc(p, y)), brier: round4(brier(p, y)) },
    baseline: { auc: round4(auc(pb, y)), brier: round4(brier(pb, y)) },
    calibration: calibration(p, y),
  };
  const stored: StoredModel = { model: roundModel(model), baseline: roundModel(baseline) };
  await db
    .insertInto('models')
    .values({
      kind: MODEL_KIND,
      trained_at: trainedAt,
      params: JSON.stringify(stored),
      metrics: JSON.stringify(report),
    })
    .execute();
  return { stored: true, report };
}

function labels(examples: Example[]): number[] {
  return examples.map((e) => e.label);
}

function roundModel(m: LogisticModel): LogisticModel {
  const r = (xs: number[]) => xs.map((x) => Math.round(x * 1e6) / 1e6);
  return {
    ...m,
    means: r(m.means),
    scales: r(m.scales),
    weights: r(m.weights),
    bias: r([m.bias])[0],
  };
}
