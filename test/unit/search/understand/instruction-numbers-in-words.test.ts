import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Numbers that are not what they first look like: a day of the month said alone ("starting the
// 15th") is a date, never $15; the scale of a rating ("4.5 out of 5") is not a second rating;
// "stop prioritizing X" takes X off the ranking, never ranks it up.

const FAMILIES: Family[] = [
  {
    name: 'a day of the month alone is a date',
    base: {},
    patch: { availability: { start_by: '2026-12-15' } },
    say: ['starting the 15th', 'start on the 15th', 'can they start by the 15th'],
  },
  {
    name: "a rating's scale is not a rating",
    base: {},
    patch: { min_rating: 4.5 },
    say: ['rated at least 4.5 out of 5', '4.5/5 or higher', 'at least 4.5 out of 5 stars'],
  },
  {
    name: 'ranking by a skill no more',
    base: { preferred_skills: ['Shopify'] },
    patch: { remove_required_skills: ['Shopify'], remove_preferred_skills: ['Shopify'] },
    say: ['stop prioritizing shopify', "don't prioritize Shopify", 'deprioritize shopify'],
  },
];

describe('numbers and rankings said in words', () => {
  itReadsEachFamily(FAMILIES);

  it('a day of the month is never a rate', () => {
    for (let d = 1; d <= 28; d++) {
      const suffix =
        d % 10 === 1 && d !== 11
          ? 'st'
          : d % 10 === 2 && d !== 12
            ? 'nd'
            : d % 10 === 3 && d !== 13
              ? 'rd'
              : 'th';
      expect(patchOf(`starting the ${d}${suffix}`).hourly_rate).toBeUndefined();
    }
  });
});
