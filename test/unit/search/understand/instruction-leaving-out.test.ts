import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// Leaving people out by what they are: "remove anyone over $60" leaves out those above, so it is a
// cap; "anything but juniors", "fewer juniors", "less agencies" leave them out; "not just Europe"
// widens the place instead of leaving Europe out. Each of these was read the other way round.

const FAMILIES: Family[] = [
  {
    name: 'removing the people past a bound sets the bound the other way',
    base: {},
    patch: { hourly_rate: { max: 60 } },
    say: [
      'remove anyone over $60',
      'drop everyone above 60 an hour',
      'get rid of anyone charging more than 60',
      'filter out people charging more than 60',
      'kick out anyone over $60/hr',
    ],
  },
  {
    name: 'anything but, fewer or less of a level leaves it out',
    base: {},
    patch: { experience_level: 'intermediate' },
    say: [
      'anything but juniors',
      'fewer juniors please',
      'less juniors',
      'everything except juniors',
    ],
  },
  {
    name: '"not just" a place lifts it, never leaves it out',
    base: { location: { regions: ['europe'] } },
    patch: { clear: ['location'] },
    say: ['not just Europe', 'not only Europe', 'not limited to Europe', 'not necessarily Europe'],
  },
];

describe('leaving people out by what they are', () => {
  itReadsEachFamily(FAMILIES);

  it('a floor removed past is a floor', () => {
    expect(patchOf('get rid of everyone below 90% job success')).toEqual({ min_job_success: 90 });
    expect(patchOf('drop anyone with fewer than 5 jobs')).toEqual({ min_jobs_completed: 5 });
  });

  it('dropping all the filters still clears them', () => {
    const base = { hourly_rate: { max: 40 }, min_rating: 4.5 };
    expect(patchOf('remove all filters', base)).toEqual({ clear: ['hourly_rate', 'min_rating'] });
    expect(patchOf('less agencies')).toEqual({ talent_type: 'independent' });
  });
});

describe('letting people in below a floor', () => {
  it('those below a floor said to be fine drop the floor', () => {
    expect(patchOf('ratings below 4.5 are ok', { min_rating: 4.5 })).toEqual({
      clear: ['min_rating'],
    });
    expect(patchOf('under 4 stars is ok', { min_rating: 4.5 })).toEqual({ clear: ['min_rating'] });
    expect(patchOf('JSS under 90% is fine', { min_job_success: 90 })).toEqual({
      clear: ['min_job_success'],
    });
    expect(
      patchOf('less than 30 hours a week is fine', { availability: { min_hours_per_week: 30 } }),
    ).toEqual({ clear: ['availability'] });
  });

  it('a bound above the floor said to be fine narrows nothing', () => {
    expect(patchOf('below 4.8 is fine', { min_rating: 4.5 })).toEqual({});
  });

  it('newbies and first-timers are the entry level', () => {
    for (const say of ['no newbies', 'no first-timers please', 'no rookies'])
      expect(patchOf(say), say).toEqual({ experience_level: 'intermediate' });
  });
});

describe('a condition on some people', () => {
  it('what follows "unless", "as long as", "if they are" is never a filter', () => {
    for (const say of [
      "not from india unless they're top rated",
      'not from India unless they are top rated',
      "not from India, except if they're top rated",
    ]) {
      const read = readWords(say);
      expect(read.patch, say).toEqual({ location: { exclude_countries: ['IN'] } });
      expect(read.notices.join(' '), say).toContain('condition');
    }
    expect(patchOf("under 50 unless they're top rated")).toEqual({ hourly_rate: { max: 50 } });
  });

  it('"if possible" is still a wish, and "only if they speak German" a filter', () => {
    expect(patchOf('under 50 if possible')).toEqual({ hourly_rate: { max: 50 } });
    expect(patchOf('only if they speak german')).toEqual({ languages: [{ code: 'de' }] });
  });
});

describe('counts and complaints said as questions', () => {
  it('a count of people or jobs is never a rate', () => {
    expect(patchOf('show me 10 more')).toEqual({});
    expect(patchOf('10 more jobs', { min_jobs_completed: 10 }).hourly_rate).toBeUndefined();
  });

  it('"why so many agencies", "why is everyone so expensive" ask for fewer, cheaper', () => {
    expect(patchOf('why so many agencies?')).toEqual({ talent_type: 'independent' });
    expect(
      patchOf('why is everyone so expensive', { hourly_rate: { max: 100 } }).hourly_rate?.max,
    ).toBeLessThan(100);
  });
});

describe('leaving out said after the thing', () => {
  it('"US excluded", "Americans need not apply" leave the US out, never narrow to it', () => {
    for (const say of ['US excluded', 'Americans need not apply', 'the US is ruled out'])
      expect(patchOf(say), say).toEqual({ location: { exclude_countries: ['US'] } });
  });

  it('"and agencies" said first allows them as "agencies too" does', () => {
    expect(patchOf('and agencies', { talent_type: 'independent' })).toEqual({
      talent_type: 'any',
    });
  });

  it('bringing back the people removed clears the exclusions', () => {
    const base = { exclude_freelancer_ids: ['f1'] };
    expect(patchOf('bring back the people i removed', base)).toEqual({
      clear: ['exclude_freelancer_ids'],
    });
    expect(patchOf('clear the excluded people', base)).toEqual({
      clear: ['exclude_freelancer_ids'],
    });
  });
});

describe('complaints that ask for fewer', () => {
  it('"stop showing me", "sick of", "keep ... out", "no thanks" leave the thing out', () => {
    for (const say of [
      'stop showing me agencies',
      'I keep seeing agencies',
      'enough with the agencies',
      'I hate agencies',
      'sick of agencies',
      'agencies? no thanks',
      'agencies, no',
      'keep agencies out',
      'keep out agencies',
    ])
      expect(patchOf(say), say).toEqual({ talent_type: 'independent' });
    expect(patchOf('stop showing people from india')).toEqual({
      location: { exclude_countries: ['IN'] },
    });
    expect(patchOf('keep the US out of it')).toEqual({ location: { exclude_countries: ['US'] } });
  });

  it('"no thanks" alone, or before a request, leaves the request as said', () => {
    expect(patchOf('no thanks, under 50')).toEqual({ hourly_rate: { max: 50 } });
  });
});
