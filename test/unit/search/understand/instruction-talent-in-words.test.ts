import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// The talent type in words: "freelancers" listed beside agencies is the other type ("agencies or
// freelancers, doesn't matter"), an agency said not to be needed is never narrowed to ("no need
// for an agency"), "could work" allows, and a few more names of each type.

const FAMILIES: Family[] = [
  {
    name: 'agencies and freelancers both: any',
    base: { talent_type: 'independent' },
    patch: { talent_type: 'any' },
    say: [
      "agencies or freelancers, doesn't matter",
      'agencies and freelancers are both fine',
      'freelancers or agencies',
    ],
  },
  {
    name: 'agencies, not freelancers',
    base: {},
    patch: { talent_type: 'agency' },
    say: ['agencies, not freelancers', 'agencies but not freelancers', 'agencies not freelancers'],
  },
  {
    name: 'an agency not needed, with agencies asked for: any',
    base: { talent_type: 'agency' },
    patch: { talent_type: 'any' },
    say: ["doesn't have to be an agency", 'no need for an agency', 'agency not required'],
  },
  {
    name: 'an agency not needed, with nothing asked for: nothing',
    base: {},
    patch: {},
    say: ['no need for an agency', 'an agency is optional', 'agency not required'],
  },
  {
    name: 'another type that could work lets it in',
    base: { talent_type: 'independent' },
    patch: { talent_type: 'any' },
    say: ['actually an agency could work', 'agencies would also work', 'an agency would be ok'],
  },
  {
    name: 'would not mind the other type: any, never left out',
    base: { talent_type: 'independent' },
    patch: { talent_type: 'any' },
    say: ['wouldnt mind agencies', "I wouldn't mind an agency", 'would not mind agencies'],
  },
  {
    name: 'more names of an independent',
    base: {},
    patch: { talent_type: 'independent' },
    say: ['self-employed only', 'no outsourcing companies', 'no consultancies'],
  },
];

describe('talent type in words', () => {
  itReadsEachFamily(FAMILIES);

  it('"wouldn\'t mind agencies" with no type asked for never leaves agencies out', () => {
    expect(patchOf("I wouldn't mind an agency").talent_type).not.toBe('independent');
    expect(patchOf('wouldnt mind agencies').talent_type).not.toBe('independent');
  });

  it('"freelancers" before more words stays about the people', () => {
    expect(patchOf('no agencies, no freelancers under $10 per hour')).toEqual({
      hourly_rate: { min: 10 },
      talent_type: 'independent',
    });
  });

  it('a type said not to be needed is never the one narrowed to', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('agency', 'independent') as fc.Arbitrary<'agency' | 'independent'>,
        fc.constantFrom(undefined, 'agency', 'independent', 'any') as fc.Arbitrary<
          'agency' | 'independent' | 'any' | undefined
        >,
        fc.constantFrom('no need for an X', 'X not required', "doesn't have to be an X"),
        (type, held, form) => {
          const word = type === 'agency' ? 'agency' : 'independent';
          const patch = patchOf(form.replace('X', word), held ? { talent_type: held } : {});
          if (held !== type) expect(patch.talent_type).not.toBe(type);
        },
      ),
    );
  });
});
