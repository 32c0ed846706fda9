import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// A complaint that there are too many of something asks for fewer, never more: "too many
// agencies" and the sarcastic "oh great, more agencies" leave agencies out. Praise is sarcasm only
// beside such a complaint, and a clause that asks for something is taken at its word.

const FAMILIES: Family[] = [
  {
    name: 'too many agencies, said plainly or with sarcasm, leaves agencies out',
    base: {},
    patch: { talent_type: 'independent' },
    say: [
      'too many agencies',
      'way too many agencies in here',
      'oh great, more agencies',
      'oh wonderful, even more agencies',
      'wow. another agency. fantastic',
      'great, a pile of agencies again',
      "love how they're all agencies",
      'just what I needed, more agencies',
      'ugh, agencies everywhere',
      'all agencies, wonderful',
      'thanks for all the agencies i guess',
    ],
  },
  {
    name: 'too many juniors sets a floor above entry level',
    base: {},
    patch: { experience_level: 'intermediate' },
    say: [
      'too many juniors on this list',
      'wow, another pile of juniors. fantastic',
      'brilliant, all juniors',
      'oh sure, because juniors are exactly what we asked for',
    ],
  },
];

describe('complaints of too many', () => {
  itReadsEachFamily(FAMILIES);

  it('a place complained of is left out, never narrowed to', () => {
    expect(patchOf('oh great, all of them are from India again')).toEqual({
      location: { exclude_countries: ['IN'] },
    });
  });

  it('a relative change said with sarcasm moves nothing and says why', () => {
    const read = readWords('oh great, more expensive ones', { hourly_rate: { max: 50 } });
    expect(read.patch).toEqual({});
    expect(read.notices.join(' ')).toContain('Left the rate cap as it is');
  });

  it('praise beside a request is taken at its word', () => {
    expect(patchOf('great, more agencies please')).toEqual({ talent_type: 'agency' });
    expect(patchOf('great, now only agencies')).toEqual({ talent_type: 'agency' });
    expect(patchOf('more agencies please')).toEqual({ talent_type: 'agency' });
    expect(patchOf('nice, now all from Germany')).toEqual({ location: { countries: ['DE'] } });
    expect(patchOf('cool, agencies are fine too', { talent_type: 'independent' })).toEqual({
      talent_type: 'any',
    });
  });
});
