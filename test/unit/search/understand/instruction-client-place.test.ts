import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// Where the client is ("we're in Berlin", "our team is in London") is never where the freelancers
// must be: with time words it is what the time is measured from, without them nothing narrows and
// a notice says how to filter. A band around a zone is said with "within", "+/-", "±", "give or
// take", with the hours in digits or words.

const FAMILIES: Family[] = [
  {
    name: "the client's city measures the overlap said elsewhere",
    base: {},
    patch: { location: { overlap_with: { timezone: 'Europe/London', hours: 4 } } },
    say: [
      'our team is in London, need 4h overlap',
      "we're in london so at least 4 hours overlap please",
      'we are based in London, 4 hours of overlap',
    ],
  },
  {
    name: 'the client\'s city is the centre of "our time zone"',
    base: {},
    patch: { location: { utc_offset_min: 0, utc_offset_max: 2 } },
    say: [
      "we're in berlin, need someone in our time zone",
      "same time zone as us, we're in Berlin",
      "I'm in Berlin, someone close to my time zone",
    ],
  },
  {
    name: 'a band around a zone, however its width is said',
    base: {},
    patch: { location: { utc_offset_min: -7, utc_offset_max: -3 } },
    say: [
      'within a couple hours of EST',
      'EST +/- 2 hours',
      'EST ± 2 hours',
      'EST give or take 2 hours',
      'within two hours of new york',
    ],
  },
];

describe("the client's own place and bands around a zone", () => {
  itReadsEachFamily(FAMILIES);

  it('said alone, where the client is narrows nothing and says how to filter', () => {
    for (const say of ["we're in Berlin", 'our office is in Germany']) {
      const read = readWords(say);
      expect(read.patch, say).toEqual({});
      expect(read.notices.join(' '), say).toContain('where you are');
    }
    expect(patchOf("we're in Germany, only people in Europe")).toEqual({
      location: { regions: ['europe'] },
    });
  });

  it('a band is as wide as the widest number said', () => {
    expect(patchOf('within 2-3 hrs of new york')).toEqual({
      location: { utc_offset_min: -8, utc_offset_max: -2 },
    });
  });
});

describe('anywhere in a place', () => {
  it('"anywhere in" a place narrows to it, never leaves it out', () => {
    expect(patchOf('anywhere in Latin America')).toEqual({
      location: { regions: ['latin_america'] },
    });
    expect(patchOf('any country in latin america')).toEqual({
      location: { regions: ['latin_america'] },
    });
    expect(patchOf('somewhere in asia')).toEqual({ location: { regions: ['asia'] } });
  });

  it('"anywhere" alone or "in the world" still drops the place, "anywhere but" leaves out', () => {
    const base = { location: { countries: ['US'] } };
    expect(patchOf('anywhere', base)).toEqual({ clear: ['location'] });
    expect(patchOf('anywhere in the world', base)).toEqual({ clear: ['location'] });
    expect(patchOf('anywhere but Asia')).toEqual({ location: { exclude_regions: ['asia'] } });
  });
});

describe('one side of a band', () => {
  it('"ahead of" and "behind" bound that side only', () => {
    expect(patchOf('no more than 3 hours ahead of London')).toEqual({
      location: { utc_offset_max: 3 },
    });
    expect(patchOf('at most 2 hours behind New York')).toEqual({
      location: { utc_offset_min: -7 },
    });
    expect(patchOf('we are behind schedule, under 50')).toEqual({ hourly_rate: { max: 50 } });
  });
});
