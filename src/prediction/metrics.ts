// Held-out quality of a probability model: discrimination (AUC), accuracy of the probabilities
// themselves (Brier score) and a calibration table (predicted vs observed, in bins).

/** Area under the ROC curve by the rank-sum statistic; ties share their average rank. */
export function auc(scores: number[], labels: number[]): number {
  const order = scores.map((s, i) => [s, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j][0] === order[i][0]) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (order[k][1] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return 0.5;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared error of the probabilities: 0 is perfect, 0.25 is a coin toss at 50%. */
export function brier(probabilities: number[], labels: number[]): number {
  if (probabilities.length === 0) return 0;
  let s = 0;
  for (let i = 0; i < probabilities.length; i++) s += (probabilities[i] - labels[i]) ** 2;
  return s / probabilities.length;
}

export interface CalibrationBin {
  from: number;
  to: number;
  count: number;
  predicted: number;
  observed: number;
}

/** Equal-width bins over 0..1; empty bins are left out. */
export function calibration(
  probabilities: number[],
  labels: number[],
  bins = 10,
): CalibrationBin[] {
  const table: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = probabilities
      .map((p, i) => [p, labels[i]] as const)
      .filter(([p]) => p >= from && (p < to || (b === bins - 1 && p <= to)));
    if (inBin.length === 0) continue;
    table.push({
      from,
      to,
      count: inBin.length,
      predicted: round4(inBin.reduce((s, [p]) => s + p, 0) / inBin.length),
      observed: round4(inBin.reduce((s, [, y]) => s + y, 0) / inBin.length),
    });
  }
  return table;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
