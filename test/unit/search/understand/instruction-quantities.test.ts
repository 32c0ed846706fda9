import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// Quantities said every way clients say them: other currencies, money by the day or month,
// fractions in words, full-time and part-time. Each family gives one patch for all its rows.

const FAMILIES: Family[] = [
  {
    name: 'euros become dollars, a cap rounded down',
    base: {},
    patch: { hourly_rate: { max: 64 } },
    say: ['max 60€ per hour', 'no more than €60/h', 'under 60 euros an hour', 'up to 60 EUR'],
  },
  {
    name: 'pounds become dollars, a floor rounded up',
    base: {},
    patch: { hourly_rate: { min: 51 } },
    say: ['at least £40 an hour', 'nobody under 40 pounds an hour', '£40/h minimum'],
  },
  {
    name: 'a day rate is eight hours',
    base: {},
    patch: { hourly_rate: { max: 75 } },
    say: ['our day rate ceiling is $600', 'under $600 a day', 'no more than 600 dollars per day'],
  },
  {
    name: 'a monthly figure becomes hourly only with the hours a week',
    base: { availability: { min_hours_per_week: 20 } },
    patch: { hourly_rate: { max: 34 } },
    say: [
      '$3000 a month max',
      'monthly budget of up to $3000',
      'no more than 3000 dollars a month',
    ],
  },
  {
    name: 'fractions in words',
    base: {},
    patch: { min_rating: 4.5 },
    say: [
      'rated four and a half or better',
      'at least 4 and a half stars',
      'four point five stars+',
    ],
  },
  {
    name: 'full-time is thirty hours a week or more',
    base: {},
    patch: { availability: { min_hours_per_week: 30 } },
    say: ['full-time availability', 'full time only', 'no part-timers', 'must be full-time'],
  },
  {
    name: 'part-time is fine lowers a full-time floor',
    base: { availability: { min_hours_per_week: 40 } },
    patch: { availability: { min_hours_per_week: 20 } },
    say: ['part-time is fine', "doesn't need to be full time", 'part-timers are ok too'],
  },
  {
    name: 'a band of UTC offsets',
    base: {},
    patch: { location: { utc_offset_min: 1, utc_offset_max: 3 } },
    say: ['GMT+1 to GMT+3', 'between UTC+1 and UTC+3', 'UTC+1 - UTC+3', 'from UTC+1 to UTC+3'],
  },
  {
    name: 'a bare bound measures what the clause before did',
    base: {},
    patch: { min_jobs_completed: 10 },
    say: ['at least 10 jobs but no more than 50', 'at least 10 jobs, not more than 50'],
  },
  {
    name: 'money taken off comes off the cap, whatever names the cap',
    base: { hourly_rate: { max: 60 } },
    patch: { hourly_rate: { max: 50 } },
    say: [
      'take $10 off the cap',
      '$10 off please',
      'knock 10 dollars off the rate',
      'shave ten bucks off the hourly rate',
    ],
  },
  {
    name: 'a comparison with "than" is a bound, and negated turns around',
    base: {},
    patch: { hourly_rate: { max: 70 } },
    say: ['not more expensive than $70/h', 'nobody pricier than 70 an hour', 'cheaper than $70/h'],
  },
  {
    name: 'a percentage taken off a named field',
    base: { hourly_rate: { max: 60 } },
    patch: { hourly_rate: { max: 54 } },
    say: ['knock 10% off the max rate', 'take 10% off the budget', 'cut the rate 10%'],
  },
];

describe('quantities', () => {
  itReadsEachFamily(FAMILIES);

  it('a monthly figure without the hours a week is left alone, and says why', () => {
    const read = readWords('$3000 a month max');
    expect(read.patch).toEqual({});
    expect(read.notices.join(' ')).toMatch(/hours a week/);
  });

  it('a percentage beside another field is never read as job success', () => {
    for (const say of ['the rate at 90%', '10% off the hours', 'budget 10% lower than that'])
      expect(patchOf(say, { hourly_rate: { max: 60 } }).min_job_success, say).toBeUndefined();
    expect(patchOf('over 90%').min_job_success).toBe(90);
  });

  it('says how it converted', () => {
    expect(readWords('max 60€ per hour').notices.join(' ')).toMatch(/€1 = \$1\.08/);
  });
});
