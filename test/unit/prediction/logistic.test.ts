import { describe, expect, it } from 'vitest';
import {
  contributions,
  fitLogistic,
  predictProbability,
  sigmoid,
} from '../../../src/prediction/logistic.js';

// A deterministic generator, so the test data is the same on every run.
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32;
}

describe('fitLogistic', () => {
  it('recovers the weights that generated the data', () => {
    const rand = lcg(7);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const x = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1];
      rows.push(x);
      labels.push(rand() < sigmoid(0.5 + 2 * x[0] - 1 * x[1]) ? 1 : 0);
    }
    const model = fitLogistic(['a', 'b', 'noise'], rows, labels, { l2: 0.01 });
    // Standardised weights: divide by the feature's spread (uniform on [-1, 1]: 1/√3) to compare.
    const raw = model.weights.map((w, j) => w / model.scales[j]);
    expect(raw[0]).toBeCloseTo(2, 0);
    expect(raw[1]).toBeCloseTo(-1, 0);
    expect(Math.abs(raw[2])).toBeLessThan(0.15);
    expect(predictProbability(model, [0, 0, 0])).toBeCloseTo(sigmoid(0.5), 1);
  });

  it('explains a prediction as contributions that sum to its log-odds', () => {
    const model = fitLogistic(['x'], [[0], [1], [2], [3], [0], [3]], [0, 0, 1, 1, 1, 0]);
    const row = [2.5];
    const logit = Math.log(predictProbability(model, row) / (1 - predictProbability(model, row)));
    expect(model.bias + contributions(model, row)[0]).toBeCloseTo(logit, 8);
  });
});
