import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Time zones said in words: offsets written once ("UTC+2 to +5"), zones by name in a range ("GMT
// to GMT+3") or as alternatives ("UTC-5 or UTC-6"), widths without a unit ("CET ± 2"), at most
// so many hours from a place (a band), hours beside a city (an overlap, never the country), a new
// number of hours for the overlap held, and a band that grows when another zone "is also fine".

const NY = { timezone: 'America/New_York', hours: 4 };
const FAMILIES: Family[] = [
  {
    name: 'an offset said once in a range',
    base: {},
    patch: { location: { utc_offset_min: 2, utc_offset_max: 5 } },
    say: [
      'UTC+2 to +5',
      'utc +2 – +5',
      '+2 to +5 UTC',
      'GMT+2 to +5 please',
      'anywhere between UTC+2 and UTC+5',
    ],
  },
  {
    name: 'a zone by name in a range is its offset',
    base: {},
    patch: { location: { utc_offset_min: 0, utc_offset_max: 3 } },
    say: [
      'GMT to GMT+3',
      'between GMT and GMT+3',
      'UTC to UTC+3',
      'somewhere between UTC and UTC+3',
    ],
  },
  {
    name: 'alternatives are one band',
    base: {},
    patch: { location: { utc_offset_min: -6, utc_offset_max: -5 } },
    say: ['time zone UTC-5 or UTC-6', 'UTC-6 or UTC-5 only', 'UTC−6 to UTC−5', 'UTC-6/-5'],
  },
  {
    name: 'a width without a unit',
    base: {},
    patch: { location: { utc_offset_min: -1, utc_offset_max: 3 } },
    say: ['CET +/- 2', 'CET ± 2', 'CET plus or minus 2', 'CET +- 2'],
  },
  {
    name: 'at most so many hours from a place is a band',
    base: {},
    patch: { location: { utc_offset_min: -2, utc_offset_max: 2 } },
    say: [
      'no more than 2 hours from GMT',
      'nobody more than 2 hours off from London',
      'max 2 hours away from London',
      'within 2 hours of GMT',
    ],
  },
  {
    name: 'within an hour',
    base: {},
    patch: { location: { utc_offset_min: 0, utc_offset_max: 2 } },
    say: ['within an hour of Paris', 'within a hour of berlin', 'within one hour of CET'],
  },
  {
    name: 'hours beside a city are an overlap, never the country',
    base: {},
    patch: { location: { overlap_with: NY } },
    say: [
      'at least 4 hours with New York',
      'at least 4 hours overlap with New York time',
      '4 hours with NYC',
      'need 4+ hours with new york',
    ],
  },
  {
    name: 'a new number of hours for the overlap held',
    base: { location: { overlap_with: NY } },
    patch: { location: { overlap_with: { ...NY, hours: 2 } } },
    say: [
      '2 hours of overlap is enough',
      'overlap can be 2 hours',
      'only need 2 hours overlap',
      'make it 2 hours overlap',
    ],
  },
  {
    name: 'a zone that is also fine widens the band',
    base: { location: { utc_offset_min: -1, utc_offset_max: 3 } },
    patch: { location: { utc_offset_min: -1, utc_offset_max: 4 } },
    say: ['also ok with UTC+4', 'UTC+4 is fine too', 'UTC+4 works as well'],
  },
];

describe('time zones said in words', () => {
  itReadsEachFamily(FAMILIES);

  it('a city after "time" words is never its country', () => {
    for (const say of ['online 9 to 5 New York time', 'no one more than 3 hours off from London'])
      expect(patchOf(say).location?.countries).toBeUndefined();
  });

  it('hours of overlap with no place and none held change nothing', () => {
    expect(patchOf('2 hours of overlap is enough')).toEqual({});
  });

  // "X is also fine" never takes away an offset the band held.
  it('a zone allowed too never narrows the band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -11, max: 13 }),
        (lo, width, added) => {
          const base = { location: { utc_offset_min: lo, utc_offset_max: lo + width } };
          const say = `UTC${added >= 0 ? '+' : '-'}${Math.abs(added)} is also fine`;
          const loc = patchOf(say, base).location;
          expect(loc?.utc_offset_min ?? -12).toBeLessThanOrEqual(lo);
          expect(loc?.utc_offset_max ?? 14).toBeGreaterThanOrEqual(lo + width);
        },
      ),
    );
  });
});
