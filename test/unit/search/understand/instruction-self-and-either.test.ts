import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// What the client says they are ("we're a Berlin startup", "we're a small agency in Toronto") is
// never asked of the people: the place is the client's clock, and "agency" is not a filter. Two
// filters joined by "or" ("4.5 stars or at least 20 jobs") cannot be held together, so neither
// is applied; two values of one filter ("Germany or Austria", "fluent or native") still are.

const FAMILIES: Family[] = [
  {
    name: "the client's own company is the clock the overlap is measured from",
    base: {},
    patch: { location: { overlap_with: { timezone: 'America/Toronto', hours: 3 } } },
    say: [
      "we're a small agency in Toronto, need at least 3h overlap",
      'we are a Toronto startup, need 3 hours overlap',
      "I'm a consultant in Toronto and need 3 hours of overlap",
    ],
  },
  {
    name: "the client's own company alone narrows nothing",
    base: {},
    patch: {},
    say: [
      "we're a Berlin startup",
      'we are an agency based in Berlin',
      "we're a small company in Berlin",
    ],
  },
  {
    name: 'two filters joined by "or": neither',
    base: {},
    patch: {},
    say: ['4.5 stars or at least 20 jobs', 'top rated or 4.8+', 'agencies or juniors'],
  },
  {
    name: 'two levels joined by "or": the lower',
    base: {},
    patch: { languages: [{ code: 'en', min_level: 'fluent' }] },
    say: ['fluent or native english', 'native or fluent English', 'English, fluent or native'],
  },
];

describe('what the client is, and one filter or another', () => {
  itReadsEachFamily(FAMILIES);

  it('"we\'re an agency" never narrows to agencies', () => {
    for (const say of ["we're an agency in London, overlap 4 hours", "we're a small agency"])
      expect(patchOf(say).talent_type).toBeUndefined();
  });

  it('two values of one filter joined by "or" still apply', () => {
    expect(patchOf('Germany or Austria').location?.countries).toEqual(['DE', 'AT']);
    // Other filters in the same words are not what the "or" joins.
    const patch = patchOf('python devs in india or pakistan with 5+ years');
    expect(patch.location?.countries).toEqual(['IN', 'PK']);
    expect(patch.add_preferred_skills).toEqual(['Python']);
  });
});
