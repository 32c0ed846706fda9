import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Numbers said the way people say them: "a hundred and twenty", "one fifty", "40ish", and
// verbs of paying before "more than" / "less than", which are bounds, not raises. A value called
// "a bit high" or "on the low side" moves the way the complaint asks.

const FAMILIES: Family[] = [
  {
    name: 'hundreds in words',
    base: {},
    patch: { hourly_rate: { max: 120 } },
    say: [
      'a hundred and twenty an hour tops',
      'one hundred twenty an hour max',
      'one twenty an hour max',
      'no more than a hundred and twenty dollars an hour',
    ],
  },
  {
    name: 'paying more than a value is a bound, however the verb is said',
    base: {},
    patch: { hourly_rate: { max: 50 } },
    say: [
      "don't want to spend more than 50 per hour",
      "we won't pay more than $50/hr",
      'nobody charging more than 50 an hour',
      "can't spend more than fifty an hour",
    ],
  },
  {
    name: 'about a number, said with "ish"',
    base: {},
    patch: { hourly_rate: { min: 40, max: 60 } },
    say: ['50ish an hour', 'around 50-ish an hour', '40ish to 60ish'],
  },
];

describe('numbers as people say them', () => {
  itReadsEachFamily(FAMILIES);

  it('"one fifty" and "two hundred fifty" are hundreds', () => {
    expect(patchOf('one fifty an hour max')).toEqual({ hourly_rate: { max: 150 } });
    expect(patchOf('two hundred fifty an hour max')).toEqual({ hourly_rate: { max: 250 } });
  });

  it('a value called a bit high or low moves the way the complaint asks', () => {
    expect(
      patchOf('80 seems a bit high', { hourly_rate: { max: 80 } }).hourly_rate?.max,
    ).toBeLessThan(80);
    expect(
      patchOf('50 is a bit low', { hourly_rate: { max: 50 } }).hourly_rate?.max,
    ).toBeGreaterThan(50);
    expect(patchOf('4.9 is a bit high', { min_rating: 4.9 }).min_rating).toBeLessThan(4.9);
  });
});
