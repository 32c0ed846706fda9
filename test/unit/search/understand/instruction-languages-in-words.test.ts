import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// Languages said in words: a nationality word listed beside a language is a language ("English
// and Portuguese"), never a country; a level said against itself lowers the floor a step or to
// the level said beside it, never drops the language; a level with no language is the level of
// the one language asked for.

const FAMILIES: Family[] = [
  {
    name: 'a nationality word beside a language is a language',
    base: {},
    patch: { languages: [{ code: 'en' }, { code: 'pt' }] },
    say: [
      'needs english and portuguese',
      'speaks english and portuguese',
      'english, portuguese',
      'english + portuguese speakers',
    ],
  },
  {
    name: 'a nationality word first, then a language',
    base: {},
    patch: { languages: [{ code: 'es' }, { code: 'en' }] },
    say: ['spanish and english speakers', 'Spanish and English', 'spanish, english'],
  },
  {
    name: 'a denied level goes one step down, the language stays',
    base: { languages: [{ code: 'de', min_level: 'native' }] },
    patch: { languages: [{ code: 'de', min_level: 'fluent' }] },
    say: [
      "doesn't need to be native",
      "native isn't required",
      "they don't have to be native",
      "german doesn't have to be native",
      "they don't have to be native, fluent is enough",
      "fluent is fine, doesn't need to be native",
      'native german is not necessary',
    ],
  },
  {
    name: 'a level with no language is the level of the one asked for',
    base: { languages: [{ code: 'de', min_level: 'conversational' }] },
    patch: { languages: [{ code: 'de', min_level: 'fluent' }] },
    say: ['make it fluent', 'they need to be fluent actually', 'fluent please', 'should be fluent'],
  },
  {
    name: 'knowledge of a language',
    base: {},
    patch: { languages: [{ code: 'de' }] },
    say: ['knowledge of german', 'a good command of german', 'can speak german'],
  },
];

describe('languages said in words', () => {
  itReadsEachFamily(FAMILIES);

  it('"native" before an app or a skill is never a language level', () => {
    const base = { languages: [{ code: 'de' as const }] };
    expect(patchOf('native iOS experience required', base).languages).toBeUndefined();
    expect(patchOf('native apps only', base).languages).toBeUndefined();
  });

  it('a level with two languages asked for changes nothing', () => {
    expect(patchOf('make it fluent', { languages: [{ code: 'de' }, { code: 'fr' }] })).toEqual({});
  });

  // A denied level never drops the language and never raises its floor.
  const LEVELS = ['basic', 'conversational', 'fluent', 'native'] as const;
  it('a denied level never drops the language nor raises the floor', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS),
        fc.constantFrom(...LEVELS),
        fc.constantFrom(
          "doesn't need to be {l}",
          "{l} isn't required",
          "they don't have to be {l}",
        ),
        (held, denied, form) => {
          const base = { languages: [{ code: 'de' as const, min_level: held }] };
          const langs = patchOf(form.replace('{l}', denied), base).languages;
          if (langs === undefined) return;
          expect(langs.map((l) => l.code)).toEqual(['de']);
          const now = langs[0].min_level;
          expect(now === undefined || LEVELS.indexOf(now) <= LEVELS.indexOf(denied)).toBe(true);
        },
      ),
    );
  });
});
