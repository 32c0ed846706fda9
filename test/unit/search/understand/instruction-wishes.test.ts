import { describe, expect, it } from 'vitest';
import { readWords } from './instruction-patch.js';

// A wish ("ideally", "would be a plus", "nice if") ranks a skill higher, but a place, a language,
// a badge or a level can only filter: said as a wish, nothing narrows to it and a notice says how
// to make it a filter. Said as a must, the same thing filters; so each row is checked both ways.

const THINGS = [
  { thing: 'in Canada', field: 'location' },
  { thing: 'based in Europe', field: 'location' },
  { thing: 'German speakers', field: 'languages' },
  { thing: 'fluent in Italian', field: 'languages' },
  { thing: 'top rated', field: 'badges' },
  { thing: 'senior', field: 'experience_level' },
];
const WISHES = [
  (t: string) => `ideally ${t}`,
  (t: string) => `preferably ${t}`,
  (t: string) => `${t} would be a plus`,
  (t: string) => `${t} would be nice`,
  (t: string) => `${t} if possible`,
];
const MUSTS = [(t: string) => `must be ${t}`, (t: string) => `only ${t}`];

describe('a filter said as a wish', () => {
  for (const { thing, field } of THINGS) {
    it(`"${thing}" wished narrows nothing and says why; said as a must it filters`, () => {
      for (const wish of WISHES) {
        const read = readWords(wish(thing));
        expect(read.patch, wish(thing)).toEqual({});
        expect(read.reasons.join(' '), wish(thing)).toContain('wish');
      }
      for (const must of MUSTS)
        expect(readWords(must(thing)).patch, must(thing)).toHaveProperty(field);
    });
  }

  it('a language wished for and then said not to be required changes nothing', () => {
    expect(readWords("some German would help but it's not required").patch).toEqual({});
    expect(readWords('German would be a plus').patch).toEqual({});
  });

  it('a skill wished for is preferred, never required', () => {
    for (const wish of WISHES)
      expect(readWords(wish('Shopify')).patch, wish('Shopify')).toEqual({
        add_preferred_skills: ['Shopify'],
      });
  });
});
