import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Replacements: whichever way round the sentence puts them, the old thing goes and the new one
// comes; never the other way. Numbers too: the new one takes the old one's place.

const FAMILIES: Family[] = [
  {
    name: 'a skill replaced',
    base: { required_skills: ['React'] },
    patch: {
      remove_required_skills: ['React'],
      remove_preferred_skills: ['React'],
      add_preferred_skills: ['Vue.js'],
    },
    say: [
      'Vue instead of React',
      'replace React with Vue',
      'swap React for Vue',
      'switch from React to Vue',
      'not React but Vue',
      'Vue, not React',
      'React -> Vue',
      'not React, Vue',
    ],
  },
  {
    name: 'a country replaced by negating it beside the new one',
    base: { location: { countries: ['DE'] } },
    patch: { location: { countries: ['AT'] } },
    say: ['not Germany, Austria', 'Austria instead of Germany', 'no Germany, Austria please'],
  },
  {
    name: 'two new things negated together stay a list of exclusions',
    base: {},
    patch: { location: { exclude_countries: ['IN', 'PK'] } },
    say: ['not from India, Pakistan', 'not India, Pakistan', 'no India or Pakistan'],
  },
  {
    name: 'a number replaced takes the old one’s place',
    base: { hourly_rate: { max: 40 } },
    patch: { hourly_rate: { max: 55 } },
    say: [
      '$55 instead of $40',
      'make it 55 rather than 40',
      'change the cap from 40 to 55',
      'replace 40 with 55',
      '$40 -> $55',
    ],
  },
  {
    name: 'a floor replaced stays a floor',
    base: { hourly_rate: { min: 40 } },
    patch: { hourly_rate: { min: 30 } },
    say: ['$30 instead of $40', 'change the minimum from 40 to 30'],
  },
  {
    name: 'a language replaced, said as a language or a nationality',
    base: { languages: [{ code: 'fr' }] },
    patch: { languages: [{ code: 'es' }] },
    say: [
      'Spanish rather than French',
      'Spanish speakers instead of French',
      'swap French for Spanish',
      'not French, Spanish',
    ],
  },
];

const SWAPS = [
  (n: string, o: string) => `${n} instead of ${o}`,
  (n: string, o: string) => `${n} rather than ${o}`,
  (n: string, o: string) => `replace ${o} with ${n}`,
  (n: string, o: string) => `swap ${o} for ${n}`,
  (n: string, o: string) => `switch from ${o} to ${n}`,
];
const COUNTRIES: [string, string][] = [
  ['Germany', 'DE'],
  ['Poland', 'PL'],
  ['Canada', 'CA'],
  ['Brazil', 'BR'],
  ['Japan', 'JP'],
  ['Kenya', 'KE'],
];

describe('replacements', () => {
  itReadsEachFamily(FAMILIES);

  it('a country replaced is never kept, and its replacement never excluded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COUNTRIES),
        fc.constantFrom(...COUNTRIES),
        fc.constantFrom(...SWAPS),
        ([oldName, oldCode], [newName, newCode], swap) => {
          fc.pre(oldCode !== newCode);
          const loc = patchOf(swap(newName, oldName), {
            location: { countries: [oldCode] },
          }).location;
          expect(loc?.countries).toEqual([newCode]);
          expect(loc?.exclude_countries ?? []).not.toContain(newCode);
        },
      ),
      { seed: 20261201, numRuns: 200 },
    );
  });
});
