// L2-regularised logistic regression fitted by Newton's method (IRLS) on standardised features.
// A dozen features and tens of thousands of rows converge in a few iterations, and the weights of
// standardised features read directly as "how much this factor moves the odds".

export interface LogisticModel {
  features: string[];
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), in units of the data's log-likelihood. */
  l2?: number;
  iterations?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function fitLogistic(
  features: string[],
  rows: number[][],
  labels: number[],
  options: FitOptions = {},
): LogisticModel {
  const d = features.length;
  const n = rows.length;
  if (n === 0) throw new Error('no rows to fit');
  const means = features.map((_, j) => rows.reduce((s, r) => s + r[j], 0) / n);
  const scales = features.map((_, j) => {
    const v = rows.reduce((s, r) => s + (r[j] - means[j]) ** 2, 0) / n;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const X = rows.map((r) => [1, ...r.map((x, j) => (x - means[j]) / scales[j])]);
  const l2 = options.l2 ?? 1;
  const beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < (options.iterations ?? 30); iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const x = X[i];
      const p = sigmoid(dot(beta, x));
      const w = Math.max(p * (1 - p), 1e-9);
      const e = labels[i] - p;
      for (let a = 0; a <= d; a++) {
        grad[a] += e * x[a];
        const wa = w * x[a];
        for (let b = a; b <= d; b++) hess[a][b] += wa * x[b];
      }
    }
    for (let a = 0; a <= d; a++) {
      for (let b = 0; b < a; b++) hess[a][b] = hess[b][a];
      if (a > 0) {
        grad[a] -= l2 * beta[a];
        hess[a][a] += l2;
      }
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let a = 0; a <= d; a++) {
      beta[a] += step[a];
      size = Math.max(size, Math.abs(step[a]));
    }
    if (size < 1e-7) break;
  }
  return { features, means, scales, weights: beta.slice(1), bias: beta[0] };
}

/** Each feature's signed contribution to the log-odds, relative to an average contract. */
export function contributions(model: LogisticModel, row: number[]): number[] {
  return model.weights.map((w, j) => (w * (row[j] - model.means[j])) / model.scales[j]);
}

export function predictProbability(model: LogisticModel, row: number[]): number {
  return sigmoid(model.bias + contributions(model, row).reduce((a, b) => a + b, 0));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[pivot][c])) pivot = r;
    [M[c], M[pivot]] = [M[pivot], M[c]];
    const p = M[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / (M[r][r] || 1e-12);
  }
  return x;
}
