import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// A question about the words or the list ("what does top rated mean?", "how does the ranking
// work?") changes nothing, though it names a filter; a suggestion put as a question ("what about
// cheaper ones?") still changes the search. "A bit expensive" asks for cheaper.

const FAMILIES: Family[] = [
  {
    name: 'a question about the words or the list: nothing',
    base: { hourly_rate: { max: 60 } },
    patch: {},
    say: [
      'what does top rated mean?',
      'how does the ranking work?',
      'what is the difference between top rated and top rated plus?',
      'can you explain the ranking?',
      "what's expert vetted mean",
    ],
  },
  {
    name: 'a suggestion put as a question still changes the search',
    base: { hourly_rate: { max: 60 } },
    patch: { hourly_rate: { max: 45 } },
    say: ['what about cheaper ones?', 'how about cheaper people?'],
  },
  {
    name: 'a bit expensive: cheaper',
    base: { hourly_rate: { max: 60 } },
    patch: { hourly_rate: { max: 45 } },
    say: ['these are good but a bit expensive', 'a bit pricey', 'kinda pricey tbh'],
  },
];

describe('questions', () => {
  itReadsEachFamily(FAMILIES);

  it('a question about what a word means never sets the filter it names', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('top rated', 'expert vetted', 'rising talent', 'job success', 'CET'),
        fc.constantFrom('what does X mean?', 'what is X exactly? what does it mean'),
        (word, form) => {
          const read = readWords(form.replace('X', word));
          expect(read.patch).toEqual({});
          expect(read.reasons.length).toBe(1);
        },
      ),
    );
  });

  it('"what works for us" is no question', () => {
    expect(patchOf('what works for us is 20 hours a week')).toEqual({
      availability: { min_hours_per_week: 20 },
    });
  });
});
