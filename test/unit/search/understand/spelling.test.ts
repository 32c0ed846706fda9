import { describe, expect, it } from 'vitest';
import { correctSpelling, correction } from '../../../../src/search/understand/spelling.js';

describe('typo tolerance', () => {
  it('reads a word with a letter left out, typed twice, or two swapped as the known word', () => {
    expect(correction('bookeeping')).toBe('bookkeeping');
    expect(correction('translattion')).toBe('translation');
    expect(correction('wesbite')).toBe('website');
  });

  it('leaves known words, their inflections, short words and real words one letter longer', () => {
    for (const w of ['website', 'websites', 'invoicing', 'shop', 'yearly', 'catchy', 'later'])
      expect(correction(w), w).toBeUndefined();
  });

  it('leaves the names of languages and places, which filters read', () => {
    for (const w of ['finnish', 'Flemish', 'Lisbon', 'Austin', 'Portugal', 'Tagalog'])
      expect(correction(w), w).toBeUndefined();
  });

  it('mends the request and lists what it read differently', () => {
    expect(correctSpelling('need a bookeeper for my wesbite, asap')).toEqual({
      text: 'need a bookkeeper for my website, asap',
      corrections: [
        ['bookeeper', 'bookkeeper'],
        ['wesbite', 'website'],
      ],
    });
  });
});
