import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../../../src/core/criteria.js';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// A relative change that names no filter ("double that", "halve it", "add another $10") moves the
// one filter the criteria hold that it can move; money said beside a comparative is the amount of
// the change; a share ("a third", "10 percent") is of the value as it stands. With two filters it
// could mean, nothing moves and a notice asks which.

const FAMILIES: Family[] = [
  {
    name: 'a factor said of "it" or "that" scales the one filter held',
    base: { hourly_rate: { max: 40 } },
    patch: { hourly_rate: { max: 80 } },
    say: ['we could actually double that', 'double it', 'can you double this?', 'ok twice that'],
  },
  {
    name: 'halving refers back the same way, to a floor as well as a cap',
    base: { availability: { min_hours_per_week: 30 } },
    patch: { availability: { min_hours_per_week: 15 } },
    say: ['halve it', 'cut that in half', 'half of that is fine'],
  },
  {
    name: 'money beside "another", "extra" or "add" is added to the cap',
    base: { hourly_rate: { max: 40 } },
    patch: { hourly_rate: { max: 50 } },
    say: [
      'add another $10 to the max',
      'add $10 to the cap',
      'we can do an extra ten an hour',
      'throw in another ten dollars on the max rate',
      '10 more dollars',
      'push that up by $10',
      'an additional $10/hr',
    ],
  },
  {
    name: 'a share is of the value as it stands',
    base: { hourly_rate: { max: 90 } },
    patch: { hourly_rate: { max: 60 } },
    say: ['cut it by a third', 'bring the rate down by one third', 'reduce that by a third'],
  },
  {
    name: 'a share said in words is a percentage, never dollars',
    base: { hourly_rate: { max: 60 } },
    patch: { hourly_rate: { max: 54 } },
    say: ['knock 10 percent off the max rate', 'cut it by 10%', 'lower that by ten percent'],
  },
];

describe('relative changes that refer back', () => {
  itReadsEachFamily(FAMILIES);

  it('a quarter higher on a $80 cap is $100', () => {
    expect(patchOf('go a quarter higher on the rate', { hourly_rate: { max: 80 } })).toEqual({
      hourly_rate: { max: 100 },
    });
  });

  it('with two filters "it" could mean, nothing moves and a notice asks which', () => {
    const base: Partial<Criteria> = { hourly_rate: { max: 35 }, min_rating: 4.5 };
    for (const say of ['double it', 'halve that', 'bump it by a third']) {
      const read = readWords(say, base);
      expect(read.patch, say).toEqual({});
      expect(read.notices.join(' '), say).toContain('which filter');
    }
  });

  it('a complaint said of "that" moves the one filter held the way it asks', () => {
    expect(patchOf("that's too high", { min_rating: 4.8 }).min_rating).toBeLessThan(4.8);
    expect(patchOf("that's too high", { hourly_rate: { max: 50 } }).hourly_rate?.max).toBeLessThan(
      50,
    );
  });

  it('a value said with "to" is the value, and "more than" a bound, never an amount', () => {
    expect(patchOf('raise it to $60', { hourly_rate: { max: 50 } })).toEqual({
      hourly_rate: { max: 60 },
    });
    expect(patchOf('more than $60', { hourly_rate: { max: 50 } }).hourly_rate).toEqual({ min: 60 });
  });

  it('nothing is referred back to without "it", a factor, an amount or a degree', () => {
    expect(patchOf('more please', { hourly_rate: { max: 50 } })).toEqual({});
  });

  it('a comparative said alone with a degree moves the one filter held', () => {
    for (const say of ['we can go a bit higher', 'we can stretch a little', 'a little higher'])
      expect(patchOf(say, { hourly_rate: { max: 40 } }), say).toEqual({
        hourly_rate: { max: 45 },
      });
  });

  it('money said to be short lowers the cap, never drops it', () => {
    for (const say of [
      "we're a startup, can't pay much",
      'tight budget',
      'we are on a budget',
      'nothing crazy expensive',
      'budget-friendly options please',
      'keep costs down',
      'keep the rates down please',
    ]) {
      const max = patchOf(say, { hourly_rate: { max: 80 } }).hourly_rate?.max;
      expect(max, say).toBeLessThan(80);
    }
  });

  it('money by the day is turned into an hourly rate, however the day is written', () => {
    for (const say of ['$300/day max', '300 dollars a day max', 'max $300 per day'])
      expect(patchOf(say), say).toEqual({ hourly_rate: { max: 37 } });
  });
});
