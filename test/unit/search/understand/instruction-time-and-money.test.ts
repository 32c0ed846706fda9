import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// A city's working day and a whole project's money. "On London hours" is an overlap with London's
// working day (6 of its 8 hours); "overlap with new york" reads a city written in lower case where
// the words around it are about time. "5 grand total", "12k for the whole project" set the
// project's budget and never an hourly cap.

const FAMILIES: Family[] = [
  {
    name: 'overlap with a city in lower case, the hours said any way',
    base: {},
    patch: { location: { overlap_with: { timezone: 'America/New_York', hours: 4 } } },
    say: [
      'overlap at least 4 hours with new york',
      '4h overlap with someone in new york',
      'need four hours of overlap with new york',
      'must overlap 4 hrs with new york',
      '4 hours overlap with someone based in new york',
    ],
  },
  {
    name: "a city's working day is an overlap with most of it",
    base: {},
    patch: { location: { overlap_with: { timezone: 'Asia/Tokyo', hours: 6 } } },
    say: [
      'on tokyo hours',
      'must work tokyo business hours',
      'someone who keeps Tokyo office hours',
      'Tokyo working hours please',
    ],
  },
  {
    name: "a whole project's money is its budget, never an hourly cap",
    base: { hourly_rate: { max: 70 } },
    patch: { project: { budget_usd: 5000 } },
    say: [
      'we have 5 grand total',
      'about 5k for the whole project',
      'five thousand dollars total for this',
      '$5,000 all in',
      'the whole thing cannot go over 5000 dollars',
      'our total budget is 5 grand',
    ],
  },
];

describe('time of day and project money', () => {
  itReadsEachFamily(FAMILIES);

  it('a project budget says in a notice that it caps no hourly rate', () => {
    expect(readWords('we have 5 grand total').notices.join(' ')).toContain('project.budget_usd');
  });

  it('a city in lower case with nothing about time is not read as a place', () => {
    expect(patchOf('in london')).toEqual({});
    expect(patchOf('mobile developers, 20 hours a week')).toEqual({
      availability: { min_hours_per_week: 20 },
    });
  });

  it('a time zone said by name stays a band around it', () => {
    expect(patchOf('London time zone')).toEqual({
      location: { utc_offset_min: -1, utc_offset_max: 1 },
    });
  });
});
