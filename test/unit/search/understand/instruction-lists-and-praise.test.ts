import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Cities the reference data lacks ("NYC", "Bangalore") are their country as well as their clock; a
// badge allowed too beside the badges asked for is one more badge; a level said before or after a
// list of languages is each one's; "around $40 or less" is a cap; what cannot be done without
// ("critical", "gotta know") is required; and praise ("these look good", "perfect") is never a
// language level, even with a language asked for.

const FAMILIES: Family[] = [
  {
    name: 'a city the reference data lacks narrows to its country',
    base: {},
    patch: { location: { countries: ['US'] } },
    say: ['based in NYC', 'only people in nyc', 'someone in the bay area', 'must be in Brooklyn'],
  },
  {
    name: 'and is left out as its country',
    base: {},
    patch: { location: { exclude_countries: ['IN'] } },
    say: ['nobody from Bangalore', 'not in bangalore please'],
  },
  {
    name: 'a badge allowed too beside the badges asked for',
    base: { badges: ['top_rated'] },
    patch: { badges: ['top_rated', 'rising_talent'] },
    say: ['rising talent is fine too', 'rising talent ok too', 'rising talent would also work'],
  },
  {
    name: 'a level before a list of languages is each one’s',
    base: {},
    patch: {
      languages: [
        { code: 'en', min_level: 'fluent' },
        { code: 'nl', min_level: 'fluent' },
      ],
    },
    say: [
      'fluent in both English and Dutch',
      'fluent English and Dutch',
      'speaks English and Dutch fluently',
    ],
  },
  {
    name: 'a level before the second language is that one’s only',
    base: {},
    patch: { languages: [{ code: 'en' }, { code: 'es', min_level: 'fluent' }] },
    say: ['English and fluent Spanish', 'speaks English and fluent Spanish'],
  },
  {
    name: 'about a number, then a way: the way says the bound',
    base: {},
    patch: { hourly_rate: { max: 40 } },
    say: [
      'could we keep it around $40/h or less?',
      'about 40 an hour or less',
      'roughly $40 or under',
    ],
  },
  {
    name: 'what cannot be done without is required',
    base: {},
    patch: { add_required_skills: ['Docker'] },
    say: ['Docker is critical', 'docker is crucial', 'they gotta know docker', 'Docker is key'],
  },
  {
    name: 'and said not to be so, it is no longer required',
    base: { required_skills: ['Docker', 'React'] },
    patch: { remove_required_skills: ['Docker'], add_preferred_skills: ['Docker'] },
    say: ['Docker is not critical', "docker isn't crucial"],
  },
];

describe('lists, cities and praise', () => {
  itReadsEachFamily(FAMILIES);

  it('praise never sets a language level, whatever level is held', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('these look good', 'perfect', 'perfect, thanks', 'excellent work', 'good'),
        fc.constantFrom('basic', 'conversational', 'fluent', 'native') as fc.Arbitrary<
          'basic' | 'conversational' | 'fluent' | 'native'
        >,
        (say, level) => {
          expect(patchOf(say, { languages: [{ code: 'en', min_level: level }] })).toEqual({});
        },
      ),
    );
  });

  it('a level word beside a language still sets it', () => {
    expect(patchOf('perfect German')).toEqual({ languages: [{ code: 'de', min_level: 'native' }] });
    expect(patchOf('conversational is enough', { languages: [{ code: 'en' }] })).toEqual({
      languages: [{ code: 'en', min_level: 'conversational' }],
    });
  });
});
