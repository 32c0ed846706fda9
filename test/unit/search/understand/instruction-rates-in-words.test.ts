import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Rates said in words: a currency's code before the number ("EUR 40"), one side of a rate taken
// off ("no minimum", "remove the cap") with the other kept, a relative change with an amount
// beside a bare one ("cheaper? like 20% less" moves once, by 20%), and a complaint about the people
// over a number ("anything above $80 is too expensive") capping at it.

const FAMILIES: Family[] = [
  {
    name: "a currency's code before the number",
    base: {},
    patch: { hourly_rate: { max: 43 } },
    say: ['EUR 40/hr max', 'max EUR 40 an hour', 'eur 40 per hour at most'],
  },
  {
    name: 'the minimum goes, the maximum stays',
    base: { hourly_rate: { min: 30, max: 80 } },
    patch: { hourly_rate: { max: 80 } },
    say: ['no minimum rate needed', 'drop the minimum', 'no min', 'remove the floor on rate'],
  },
  {
    name: 'the maximum goes, the minimum stays',
    base: { hourly_rate: { min: 30, max: 80 } },
    patch: { hourly_rate: { min: 30 } },
    say: ['no maximum', 'remove the cap', 'forget the upper limit', 'drop the max rate'],
  },
  {
    name: 'a relative change moves once, by the amount said',
    base: { hourly_rate: { max: 80 } },
    patch: { hourly_rate: { max: 64 } },
    say: [
      'can we go cheaper? like 20% less',
      'go cheaper, 20 percent less',
      'cheaper, maybe 20% less',
    ],
  },
  {
    name: 'the people over a number complained of: capped at it',
    base: {},
    patch: { hourly_rate: { max: 80 } },
    say: [
      'anything above 80 is too expensive',
      'over $80/h is too much',
      'anything over 80/hr is too pricey',
      'above 80 an hour is too expensive for us',
    ],
  },
  {
    name: 'budget-friendly is cheaper',
    base: { hourly_rate: { max: 80 } },
    patch: { hourly_rate: { max: 60 } },
    say: ['more budget-friendly', 'more budget friendly please', 'more affordable options'],
  },
  {
    name: 'a rate wished for beside one said plainly: the plain one stands',
    base: {},
    patch: { hourly_rate: { max: 60 } },
    say: ['no more than 60/h but ideally 45', 'max 60, ideally 45', 'under 60, preferably 45'],
  },
  {
    name: 'a slip in "minimum" is still a floor',
    base: {},
    patch: { hourly_rate: { min: 30 } },
    say: ['minimun rate 30', 'minumum 30/hr', 'mininum of $30'],
  },
  {
    name: 'rates in a decade: from its first to its last',
    base: {},
    patch: { hourly_rate: { min: 40, max: 49 } },
    say: ['rates in the 40s', 'somewhere in the $40s an hour', 'in the 40s per hour please'],
  },
];

describe('rates said in words', () => {
  itReadsEachFamily(FAMILIES);

  it('a side not held is not taken off the other', () => {
    expect(patchOf('no minimum', { hourly_rate: { max: 80 } }).hourly_rate?.max ?? 80).toBe(80);
  });

  // A complaint about the people above a number never raises the cap above that number, and a
  // complaint about those below it never lowers the floor under it.
  it('a complaint about one side of a number never lets that side in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 200 }), fc.constantFrom('above', 'over'), (n, w) => {
        const rate = patchOf(`anything ${w} ${n} is too expensive`).hourly_rate;
        expect(rate?.max).toBe(n);
        expect(rate?.min).toBeUndefined();
      }),
    );
  });
});
