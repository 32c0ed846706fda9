import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, readWords, type Family } from './instruction-patch.js';

// Scope: what a negator or an "is fine" covers. A place under any negator is set aside, never
// narrowed to; a thing said to be allowed is never made a requirement; a deadline said with a
// negation is still the deadline.

const PLACES: [string, { countries?: string[]; regions?: string[] }][] = [
  ['Asia', { regions: ['asia'] }],
  ['Europe', { regions: ['europe'] }],
  ['the US', { countries: ['US'] }],
  ['India', { countries: ['IN'] }],
  ['Germany', { countries: ['DE'] }],
  ['Latin America', { regions: ['latin_america'] }],
];
const NEGATED_PLACE = [
  (p: string) => `outside of ${p}`,
  (p: string) => `outside ${p}`,
  (p: string) => `not in ${p}`,
  (p: string) => `nobody from ${p}`,
  (p: string) => `anyone but ${p}`,
  (p: string) => `no one based in ${p}`,
  (p: string) => `exclude ${p}`,
  (p: string) => `${p} is out`,
];
const ALLOWING = ['are fine', 'are welcome', 'are ok too', 'are acceptable', 'are allowed'];
const THINGS: [string, string][] = [
  ['agencies', 'talent_type'],
  ['German speakers', 'languages'],
  ['rising talents', 'badges'],
  ['seniors', 'experience_level'],
  ['juniors', 'experience_level'],
  ['cheaper people', 'hourly_rate'],
];
const RUNS = { seed: 20261201, numRuns: 200 };

describe('scope of negation and allowing', () => {
  it('a place under any negator is never narrowed to', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACES),
        fc.constantFrom(...NEGATED_PLACE),
        ([name, where], negate) => {
          const loc = patchOf(negate(name)).location ?? {};
          for (const c of where.countries ?? []) {
            expect(loc.countries ?? []).not.toContain(c);
            expect(loc.exclude_countries).toContain(c);
          }
          for (const r of where.regions ?? []) {
            expect(loc.regions ?? []).not.toContain(r);
            expect(loc.exclude_regions).toContain(r);
          }
        },
      ),
      RUNS,
    );
  });

  it('a thing said to be allowed never becomes a filter', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THINGS),
        fc.constantFrom(...ALLOWING),
        ([thing, field], ok) => {
          const patch = patchOf(`${thing} ${ok}`) as Record<string, unknown>;
          expect(patch[field]).toBeUndefined();
        },
      ),
      RUNS,
    );
  });
});

const FAMILIES: Family[] = [
  {
    name: 'a deadline said with a negation is still the deadline',
    base: {},
    patch: { availability: { start_by: '2027-01-15' } },
    say: ['no later than January 15', 'by January 15 at the latest', 'not later than Jan 15th'],
  },
  {
    name: 'a deadline that is not needed goes',
    base: { availability: { start_by: '2026-12-08' } },
    patch: { clear: ['availability'] },
    say: ["doesn't have to start next week", 'no need to start by next week'],
  },
  {
    name: 'within the next days',
    base: {},
    patch: { availability: { start_by: '2026-12-11' } },
    say: ['within the next 10 days', 'in the next ten days', 'within 10 days'],
  },
];

describe('deadlines', () => {
  itReadsEachFamily(FAMILIES);

  it('one language or another is left out with a notice, never both required', () => {
    for (const say of ['must speak Spanish or Portuguese', 'fluent in either German or French']) {
      const read = readWords(say);
      expect(read.patch.languages).toBeUndefined();
      expect(read.notices.join(' ')).toMatch(/Languages are all required together/);
    }
  });
});
