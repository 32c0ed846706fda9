import type { TrainingReport } from './model-store.js';

// The held-out quality of a training run as a plain-text table, for `shortlist train` and `seed`.

export function beatsBaseline(r: TrainingReport): boolean {
  return r.model.auc > r.baseline.auc && r.model.brier < r.baseline.brier;
}

export function formatTrainingReport(r: TrainingReport): string {
  const n = (x: number) => x.toLocaleString('en');
  const row = (name: string, auc: string, brier: string) =>
    `  ${name.padEnd(34)}${auc.padStart(7)}${brier.padStart(9)}`;
  const lines = [
    `Success model trained on ${n(r.train_count)} contracts; held out the ${n(r.holdout_count)} newest ` +
      `(starting ${r.holdout_from} or later, ${Math.round(r.base_rate * 100)}% successful).`,
    '',
    row('held-out contracts', 'AUC', 'Brier'),
    row('logistic regression (13 features)', r.model.auc.toFixed(3), r.model.brier.toFixed(4)),
    row('baseline: Job Success only', r.baseline.auc.toFixed(3), r.baseline.brier.toFixed(4)),
    '',
    beatsBaseline(r)
      ? 'The model beats the Job Success baseline on both AUC (higher) and Brier score (lower).'
      : 'Warning: the model does not beat the Job Success baseline on both measures.',
    '',
    'Calibration (held out):',
    `  ${'predicted'.padEnd(12)}${'contracts'.padStart(10)}${'mean predicted'.padStart(16)}${'observed'.padStart(10)}`,
    ...r.calibration.map(
      (b) =>
        `  ${`${b.from.toFixed(1)}–${b.to.toFixed(1)}`.padEnd(12)}${n(b.count).padStart(10)}` +
        `${b.predicted.toFixed(3).padStart(16)}${b.observed.toFixed(3).padStart(10)}`,
    ),
  ];
  return lines.join('\n');
}
