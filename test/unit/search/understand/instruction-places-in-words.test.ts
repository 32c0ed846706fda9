import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Places in words: "either Spain or Portugal" is both (before: "either" allowed and narrowed
// nothing), "keep it to Europe" narrows, "no contractors from abroad" after "US only" names no
// place (before: the US was LEFT OUT), and a short refusal ("India, no way") leaves the place out.

const FAMILIES: Family[] = [
  {
    name: 'either one place or another: both',
    base: {},
    patch: { location: { countries: ['ES', 'PT'] } },
    say: ['based in either Spain or Portugal', 'from either Spain or Portugal'],
  },
  {
    name: 'keep it to a place',
    base: {},
    patch: { location: { regions: ['europe'] } },
    say: ['keep it to Europe', 'keep it in Europe'],
  },
  {
    name: 'a place, then nobody from abroad: the place',
    base: {},
    patch: { location: { countries: ['US'] } },
    say: ['US only, no contractors from abroad', 'US only. nobody overseas'],
  },
  {
    name: 'a place, then a short refusal: left out',
    base: {},
    patch: { location: { exclude_countries: ['IN'] } },
    say: ['India, no way', 'India? nope', 'India, absolutely not'],
  },
];

describe('places in words', () => {
  itReadsEachFamily(FAMILIES);

  it('"keep it within" hours of a place is still a band', () => {
    expect(patchOf('keep it within 3 hours of London')).toEqual({
      location: { utc_offset_min: -3, utc_offset_max: 3 },
    });
  });

  it('a place asked for only, then more words with "no", is never left out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['US', 'US'], ['Germany', 'DE'], ['Canada', 'CA']),
        fc.constantFrom(
          'no contractors from abroad',
          'no freelancers overseas',
          'nobody offshore please',
        ),
        ([name, code], tail) => {
          const patch = patchOf(`${name} only, ${tail}`);
          expect(patch.location?.exclude_countries ?? []).not.toContain(code);
          expect(patch.location?.countries).toEqual([code]);
        },
      ),
    );
  });
});
