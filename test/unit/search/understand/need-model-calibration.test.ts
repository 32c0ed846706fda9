import { describe, expect, it } from 'vitest';
import {
  features,
  NO_SKILL_SCORE,
  scoreSkills,
  TEMPERATURE,
  type Weights,
} from '../../../../src/search/understand/need-model.js';

// The summed weights of correlated words overstate the evidence, so the model's confidence is a
// softmax over the sums divided by a fitted temperature, beside a "no skill" alternative.

const weightsFor = (scores: number[]): Weights =>
  new Map([['invoic', new Map(scores.map((s, i): [number, number] => [i + 1, s]))]]);

describe("the need model's confidence", () => {
  it('is even odds for a skill whose summed weight equals the no-skill score', () => {
    const [guess] = scoreSkills(features('invoices'), weightsFor([NO_SKILL_SCORE]));
    expect(guess.confidence).toBe(0.5);
  });

  it('divides the sums by the temperature: 3 points ahead is e^(3/T) times likelier', () => {
    expect(TEMPERATURE).toBeGreaterThan(1);
    const [a, b] = scoreSkills(features('invoices'), weightsFor([20, 17]));
    expect(a.confidence / b.confidence).toBeCloseTo(Math.exp(3 / TEMPERATURE), 0);
    // Without the temperature the first would be 0.95; tempered it stays below 0.9.
    expect(a.confidence).toBeLessThan(0.9);
  });
});
