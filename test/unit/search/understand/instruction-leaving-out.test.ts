import { describe, expect, it } from 'vitest';
import { patchOf, type Family } from './instruction-patch.js';

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
  for (const f of FAMILIES)
    it(f.name, () => {
      for (const say of f.say) expect(patchOf(say, f.base), say).toEqual(f.patch);
    });

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
