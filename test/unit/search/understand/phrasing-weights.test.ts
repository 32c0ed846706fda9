import { describe, expect, it } from 'vitest';
import type { Weights } from '../../../../src/search/understand/need-model.js';
import { addPhrasingWeights } from '../../../../src/search/understand/train-need-model.js';

const weights = (entries: [string, [number, number][]][]): Weights =>
  new Map(entries.map(([key, bySkill]) => [key, new Map(bySkill)]));

describe("the vocabulary's phrasings in the need→skill model", () => {
  it('teach words the work never uses', () => {
    const work = weights([['invoic', [[1, 1.2]]]]);
    addPhrasingWeights(work, weights([['conveyor', [[7, 2]]]]));
    expect(work.get('conveyor')).toEqual(new Map([[7, 2]]));
    expect(work.get('invoic')).toEqual(new Map([[1, 1.2]]));
  });

  it("add their evidence to a word the work uses, for the work's skills and for new ones", () => {
    const work = weights([
      [
        'floor',
        [
          [3, 0.9],
          [4, 0.5],
        ],
      ],
    ]);
    addPhrasingWeights(
      work,
      weights([
        [
          'floor',
          [
            [4, 1],
            [9, 1.5],
          ],
        ],
      ]),
    );
    expect(work.get('floor')).toEqual(
      new Map([
        [3, 0.9],
        [4, 1.5],
        [9, 1.5],
      ]),
    );
  });

  it('leave a role word alone to what the work says of it', () => {
    const work = weights([['develop', [[1, 0.5]]]]);
    addPhrasingWeights(work, weights([['develop', [[8, 2.5]]]]));
    expect(work.get('develop')).toEqual(new Map([[1, 0.5]]));
  });

  it("never share a map with the phrasings' own weights", () => {
    const phrasing = weights([['receipt', [[2, 1]]]]);
    const work: Weights = new Map();
    addPhrasingWeights(work, phrasing);
    work.get('receipt')!.set(5, 1);
    expect(phrasing.get('receipt')!.has(5)).toBe(false);
  });
});
