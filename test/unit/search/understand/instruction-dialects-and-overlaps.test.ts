import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// A nationality before a language only says which kind ("Latin American Spanish": Spanish, never
// Spain); work done in a language names it ("German copywriting"); "add French too" beside the
// languages asked for asks for French as well. An overlap said not to be needed goes (never set);
// with an overlap held, a bare "2 hours is enough" is its hours, never 2 hours a week.

const NY = { timezone: 'America/New_York', hours: 4 };
const FAMILIES: Family[] = [
  {
    name: 'a nationality before a language is the kind of it',
    base: {},
    patch: { languages: [{ code: 'es' }] },
    say: ['Latin American Spanish', 'Mexican Spanish please', 'must speak Latin American Spanish'],
  },
  {
    name: 'and never a place',
    base: {},
    patch: { languages: [{ code: 'de' }] },
    say: ['Swiss German speakers', 'Austrian German'],
  },
  {
    name: 'work done in a language names the language',
    base: {},
    patch: { languages: [{ code: 'de' }], add_preferred_skills: ['Copywriting'] },
    say: ['German copywriting', 'german copywriting please'],
  },
  {
    name: 'a language added beside the languages asked for',
    base: { languages: [{ code: 'en' }] },
    patch: { languages: [{ code: 'en' }, { code: 'fr' }] },
    say: ['add French too', 'add French as well'],
  },
  {
    name: 'an overlap said not to be needed goes',
    base: { location: { overlap_with: NY } },
    patch: { clear: ['location'] },
    say: ['no overlap needed', 'no overlap with NY needed anymore', 'overlap is not needed'],
  },
  {
    name: 'with an overlap held, bare hours are its hours',
    base: { location: { overlap_with: NY } },
    patch: { location: { overlap_with: { ...NY, hours: 2 } } },
    say: ['2 hours is enough', 'two hours will do', 'at least 2 hours'],
  },
];

describe('dialects and overlaps', () => {
  itReadsEachFamily(FAMILIES);

  it('an overlap denied with a city named is never set', () => {
    expect(patchOf('no overlap with London needed')).toEqual({});
  });

  it('with an overlap held, hours a week or more than a day stay hours a week', () => {
    const base = { location: { overlap_with: NY } };
    expect(patchOf('20 hours is enough', base)).toEqual({
      availability: { min_hours_per_week: 20 },
    });
    expect(patchOf('2 hours a week is enough', base)).toEqual({
      availability: { min_hours_per_week: 2 },
    });
  });

  it('a nationality before a language never narrows to a country', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Latin American', 'Mexican', 'Brazilian', 'Swiss', 'Canadian', 'American'),
        fc.constantFrom('Spanish', 'Portuguese', 'German', 'French', 'English'),
        (kind, language) => {
          const patch = patchOf(`${kind} ${language} speakers`);
          expect(patch.location?.countries).toBeUndefined();
          expect(patch.location?.regions).toBeUndefined();
          expect(patch.languages?.length).toBe(1);
        },
      ),
    );
  });
});
