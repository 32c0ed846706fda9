import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Hours of overlap said apart from the clock ("overlap with Sydney, say 3 hours", "3 overlapping
// hours with London", "a New York overlap of 3 hours"), "this time" after a place (never a clock),
// complaints that the people under a number are too cheap (a floor, never a cap), and days written
// with slashes or named ("by 1/15", "before Christmas", "by the end of the year").

const FAMILIES: Family[] = [
  {
    name: 'hours said beside or after an overlap are its hours',
    base: {},
    patch: { location: { overlap_with: { timezone: 'Australia/Sydney', hours: 3 } } },
    say: [
      'some overlap with Sydney business hours, say 3 hours',
      'overlap with Sydney, 3 hours at least',
      'needs 3 overlapping hours with Sydney',
      'a Sydney overlap of 3 hours',
      'overlap with sydney time, say three hours',
    ],
  },
  {
    name: '"this time" after a place is no clock',
    base: {},
    patch: { location: { exclude_countries: ['IN'] } },
    say: [
      "we'd rather not hire from India this time",
      'no one from India this time',
      'not India this time around',
    ],
  },
  {
    name: 'a place with "this time" still narrows to it',
    base: {},
    patch: { location: { countries: ['DE'] } },
    say: ['only Germany this time around', 'Germany only this time'],
  },
  {
    name: 'the people under a number are too cheap: a floor',
    base: {},
    patch: { hourly_rate: { min: 30 } },
    say: [
      'anyone under 30 is too cheap',
      'under $30/hr is too cheap',
      'below 30 an hour is suspiciously cheap',
      'anything under $30 is way too cheap for us',
    ],
  },
  {
    name: 'a day written with slashes after a word of time',
    base: {},
    patch: { availability: { start_by: '2027-01-15' } },
    say: ['start by 1/15', 'able to start by 15/1', 'start date: 1/15/2027', 'before 15/01/2027'],
  },
  {
    name: 'a named day of the year',
    base: {},
    patch: { availability: { start_by: '2026-12-24' } },
    say: ['needs to start before Christmas', 'start by xmas'],
  },
  {
    name: 'the end of the year',
    base: {},
    patch: { availability: { start_by: '2026-12-31' } },
    say: ['start before the end of the year', 'available by year-end', 'start by end of year'],
  },
  {
    name: 'the new year',
    base: {},
    patch: { availability: { start_by: '2027-01-01' } },
    say: ['by the new year', "ready to start by new year's"],
  },
];

describe('clocks and calendars in words', () => {
  itReadsEachFamily(FAMILIES);

  it('a day and month that could be either way round, or "24/7", is no date', () => {
    expect(patchOf('start by 3/4').availability).toBeUndefined();
    expect(patchOf('available 24/7')).toEqual({});
    expect(patchOf('happy new year! cheaper please').availability).toBeUndefined();
  });

  it('hours after a band are never hours a week', () => {
    expect(patchOf('CET, say 2 hours either side').availability).toBeUndefined();
  });

  it('"too cheap" beside a number never caps the rate at it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 200 }), (n) => {
        const patch = patchOf(`anyone under $${n}/hr is too cheap`);
        expect(patch.hourly_rate?.max).toBeUndefined();
        expect(patch.hourly_rate?.min).toBe(n);
      }),
    );
  });

  it('hours of overlap, said in any of these ways, are never hours a week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('London', 'New York', 'Berlin', 'Tokyo'),
        fc.constantFrom(
          'needs N overlapping hours with P',
          'some overlap with P, say N hours',
          'a P overlap of N hours',
        ),
        (n, place, form) => {
          const patch = patchOf(form.replace('N', String(n)).replace('P', place));
          expect(patch.availability).toBeUndefined();
          expect(patch.location?.overlap_with?.hours).toBe(n);
        },
      ),
    );
  });
});
