import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInstruction } from '../../../../src/search/understand/instruction/parse-instruction.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';

// Relative changes never go the wrong way: any comparative that lowers, said of any name for the
// rate, lowers the cap; negated, it changes nothing; "to $N" is the new cap whichever verb says
// it; "double" and "half" scale the cap they find. Seeded, so a failure is reproducible.

const graph = taxonomyGraph();
const capAfter = (say: string, cap: number) =>
  parseInstruction(say, {
    criteria: { query: 'react developer', hourly_rate: { max: cap } },
    today: new Date('2026-12-01T12:00:00Z'),
    resolveSkill: (w) => graph.resolve(w)?.name,
    people: [{ id: 'f1', name: 'Jan Novotný', hourly_rate_usd: 60 }],
  }).patch.hourly_rate?.max;

const FIELD = ['rate', 'budget', 'price', 'hourly rate', 'rate cap', 'rate limit'];
const DOWN = ['lower', 'reduce', 'cut', 'decrease', 'bring down', 'trim', 'tighten', 'slash'];
const UP = ['raise', 'increase', 'bump up', 'extend', 'stretch', 'push up', 'loosen'];
const DEGREE = ['', 'a bit ', 'a little ', 'slightly ', 'a lot ', 'much '];
const NOISE = ['', ', no agencies', ', fluent English', ' and prefer Shopify', '; in Europe'];
const NEGATED = [
  (verb: string, field: string) => `don't ${verb} the ${field}`,
  (verb: string, field: string) => `no need to ${verb} the ${field}`,
  (verb: string, field: string) => `please do not ${verb} the ${field}`,
];
const RUNS = { seed: 20261201, numRuns: 300 };

const said = (verbs: string[]) =>
  fc.record({
    cap: fc.integer({ min: 20, max: 300 }),
    verb: fc.constantFrom(...verbs),
    field: fc.constantFrom(...FIELD),
    noise: fc.constantFrom(...NOISE),
  });

describe('relative changes of the rate', () => {
  it('a comparative that lowers always lowers the cap, and one that raises raises it', () => {
    fc.assert(
      fc.property(said(DOWN), fc.constantFrom(...DEGREE), ({ cap, verb, field, noise }, d) => {
        const next = capAfter(`${d}${verb} the ${field}${noise}`, cap);
        expect(next).toBeLessThan(cap);
        expect(next).toBeGreaterThan(0);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(said(UP), ({ cap, verb, field, noise }) => {
        expect(capAfter(`${verb} the ${field}${noise}`, cap)).toBeGreaterThan(cap);
      }),
      RUNS,
    );
  });

  it('a negated comparative leaves the cap as it is', () => {
    fc.assert(
      fc.property(
        said([...DOWN, ...UP]),
        fc.constantFrom(...NEGATED),
        ({ cap, verb, field, noise }, negate) => {
          expect(capAfter(negate(verb, field) + noise, cap)).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('"to $N" is the new cap whichever way the verb points; "by $N" moves it by N', () => {
    fc.assert(
      fc.property(
        said([...DOWN, ...UP]),
        fc.integer({ min: 10, max: 400 }),
        ({ cap, verb, field }, v) => {
          expect(capAfter(`${verb} the ${field} to $${v}`, cap)).toBe(v);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(said(UP), fc.integer({ min: 1, max: 50 }), ({ cap, verb, field }, v) => {
        expect(capAfter(`${verb} the ${field} by $${v}`, cap)).toBe(cap + v);
      }),
      RUNS,
    );
  });

  it('double and half scale the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 400 }), fc.constantFrom(...FIELD), (cap, field) => {
        expect(capAfter(`double the ${field}`, cap)).toBe(Math.min(1000, cap * 2));
        expect(capAfter(`half the ${field}`, cap)).toBe(Math.round(cap / 2));
      }),
      RUNS,
    );
  });
});
