import { describe, expect, it } from 'vitest';
import { auc, brier, calibration } from '../../../src/prediction/metrics.js';

describe('auc', () => {
  it('is the share of positive–negative pairs ranked the right way, ties counting half', () => {
    // Pairs (pos, neg): (0.9,0.1) ✓ (0.9,0.4) ✓ (0.4,0.1) ✓ (0.4,0.4) tie → 3.5 of 4.
    expect(auc([0.9, 0.4, 0.4, 0.1], [1, 1, 0, 0])).toBeCloseTo(0.875, 10);
    expect(auc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
  });

  it('is 0.5 when one class is missing', () => {
    expect(auc([0.2, 0.7], [1, 1])).toBe(0.5);
  });
});

describe('brier', () => {
  it('is the mean squared error of the probabilities', () => {
    expect(brier([1, 0, 0.5, 0.8], [1, 0, 1, 0])).toBeCloseTo((0 + 0 + 0.25 + 0.64) / 4, 10);
  });
});

describe('calibration', () => {
  it('bins predictions and compares them with what happened', () => {
    const table = calibration([0.05, 0.15, 0.12, 0.95, 1], [0, 1, 0, 1, 1], 10);
    expect(table).toEqual([
      { from: 0, to: 0.1, count: 1, predicted: 0.05, observed: 0 },
      { from: 0.1, to: 0.2, count: 2, predicted: 0.135, observed: 0.5 },
      { from: 0.9, to: 1, count: 2, predicted: 0.975, observed: 1 },
    ]);
  });
});
