import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstruction } from '../../../../src/search/understand/instruction/parse-instruction.js';
import { loadRegions } from '../../../../src/reference/fixtures.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';

// Whatever else a refinement says, a number's direction is never reversed: "nobody above $45" is
// a cap and "nobody below 4.5 stars" a floor; "not from X" never narrows to X.

const graph = taxonomyGraph();
const parse = (say: string) =>
  parseInstruction(say, {
    criteria: { query: 'react developer' },
    today: new Date('2026-12-01T12:00:00Z'),
    resolveSkill: (w) => graph.resolve(w)?.name,
    people: [{ id: 'f1', name: 'Jan Novotný', hourly_rate_usd: 60 }],
  }).patch;

type Dir = 'max' | 'min';
const PLAIN: [string, Dir][] = [
  ['under', 'max'],
  ['below', 'max'],
  ['less than', 'max'],
  ['at most', 'max'],
  ['no more than', 'max'],
  ['up to', 'max'],
  ['lower than', 'max'],
  ['not above', 'max'],
  ['not over', 'max'],
  ['over', 'min'],
  ['above', 'min'],
  ['more than', 'min'],
  ['at least', 'min'],
  ['no less than', 'min'],
  ['minimum', 'min'],
  ['higher than', 'min'],
  ['not below', 'min'],
  ['not under', 'min'],
];
const NEGATABLE: [string, Dir][] = [
  ['under', 'max'],
  ['below', 'max'],
  ['less than', 'max'],
  ['lower than', 'max'],
  ['over', 'min'],
  ['above', 'min'],
  ['more than', 'min'],
  ['higher than', 'min'],
];
const NEGATORS = [
  'nobody',
  'no one',
  "don't show anyone",
  'never anyone',
  'no freelancers',
  'exclude anyone',
  'nobody at all',
];
const NOISE = [
  'prefer Shopify',
  'no agencies',
  'start next week',
  'fluent English',
  'exclude Jan Novotný',
  'top rated only',
  'more senior',
  'must know TypeScript',
  'in Europe',
  'no Python',
];
const JOIN = [', ', ' and ', '; ', ' but ', '. '];
const flip = (d: Dir): Dir => (d === 'max' ? 'min' : 'max');

const phrase = (unit: (v: number) => string, value: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.record({ dir: fc.constantFrom(...PLAIN), v: value }).map(({ dir, v }) => ({
      text: `${dir[0]} ${unit(v)}`,
      dir: dir[1],
      v,
    })),
    fc
      .record({ neg: fc.constantFrom(...NEGATORS), dir: fc.constantFrom(...NEGATABLE), v: value })
      .map(({ neg, dir, v }) => ({ text: `${neg} ${dir[0]} ${unit(v)}`, dir: flip(dir[1]), v })),
  );

const withNoise = <T extends { text: string }>(core: fc.Arbitrary<T>) =>
  fc
    .record({
      core,
      before: fc.option(fc.constantFrom(...NOISE), { nil: undefined }),
      after: fc.option(fc.constantFrom(...NOISE), { nil: undefined }),
      j1: fc.constantFrom(...JOIN),
      j2: fc.constantFrom(...JOIN),
    })
    .map(({ core, before, after, j1, j2 }) => ({
      ...core,
      say: [before && `${before}${j1}`, core.text, after && `${j2}${after}`]
        .filter(Boolean)
        .join(''),
    }));

const MONEY = [
  (v: number) => `$${v}`,
  (v: number) => `$${v}/h`,
  (v: number) => `${v} dollars an hour`,
  (v: number) => `$${v} per hour`,
];

describe('a refinement never reverses the direction it states', () => {
  it('hourly rate', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...MONEY)
          .chain((unit) => withNoise(phrase(unit, fc.integer({ min: 10, max: 500 })))),
        ({ say, dir, v }) => {
          const rate = parse(say).hourly_rate;
          expect(rate?.[dir], say).toBe(v);
          expect(rate?.[flip(dir)], say).not.toBe(v);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('rating', () => {
    const stars = fc.integer({ min: 30, max: 49 }).map((n) => n / 10);
    fc.assert(
      fc.property(withNoise(phrase((v) => `${v} stars`, stars)), ({ say, dir, v }) => {
        const min = parse(say).min_rating;
        if (dir === 'min') expect(min, say).toBe(v);
        else expect(min, say).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('hours per week', () => {
    fc.assert(
      fc.property(
        withNoise(phrase((v) => `${v} hours a week`, fc.integer({ min: 5, max: 60 }))),
        ({ say, dir, v }) => {
          const hours = parse(say).availability?.min_hours_per_week;
          if (dir === 'min') expect(hours, say).toBe(v);
          else expect(hours, say).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('place', () => {
    const countries = loadRegions().countries.map((c) => ({ code: c.code, name: c.name }));
    const NOT = [
      'not from',
      'nobody from',
      'no one based in',
      'exclude',
      'without',
      'everyone except',
      'anyone but people from',
      'nobody based in',
      'no freelancers from',
    ];
    const IN = ['in', 'only', 'based in', 'only people from', 'must be in', 'located in'];
    const place = fc.oneof(
      fc
        .record({ w: fc.constantFrom(...NOT), c: fc.constantFrom(...countries) })
        .map(({ w, c }) => ({ text: `${w} ${c.name}`, out: true, code: c.code })),
      fc
        .record({ w: fc.constantFrom(...IN), c: fc.constantFrom(...countries) })
        .map(({ w, c }) => ({ text: `${w} ${c.name}`, out: false, code: c.code })),
    );
    fc.assert(
      fc.property(withNoise(place), ({ say, out, code }) => {
        const loc = parse(say).location;
        if (out) {
          expect(loc?.exclude_countries ?? [], say).toContain(code);
          expect(loc?.countries ?? [], say).not.toContain(code);
        } else {
          expect(loc?.countries ?? [], say).toContain(code);
          expect(loc?.exclude_countries ?? [], say).not.toContain(code);
        }
      }),
      { numRuns: 400 },
    );
  });
});
