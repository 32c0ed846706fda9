import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../../../src/core/criteria.js';
import { patchOf } from './instruction-patch.js';

// Strictness has no fixed direction: loosening a floor (rating, job success, jobs, hours,
// seniority) lowers it, loosening a cap (the rate) raises it, and tightening goes the other way.
// Whatever field and words are drawn, the value never moves the way that lets fewer people in
// when the client asked to let more in, nor the reverse. Seeded, so a failure is reproducible.

interface Floor {
  names: string[];
  base: (v: number) => Partial<Criteria>;
  read: (c: Partial<Criteria>) => number | undefined;
  values: [number, number];
}

const LEVEL = ['entry', 'intermediate', 'expert'] as const;
const FLOORS: Floor[] = [
  {
    names: ['rating', 'ratings', 'reviews', 'star rating'],
    base: (v) => ({ min_rating: v / 10 }),
    read: (c) => (c.min_rating === undefined ? undefined : c.min_rating * 10),
    values: [40, 49],
  },
  {
    names: ['job success', 'JSS', 'job success score'],
    base: (v) => ({ min_job_success: v }),
    read: (c) => c.min_job_success,
    values: [80, 99],
  },
  {
    names: ['hours', 'availability', 'hours per week'],
    base: (v) => ({ availability: { min_hours_per_week: v } }),
    read: (c) => c.availability?.min_hours_per_week,
    values: [20, 40],
  },
  {
    names: ['seniority', 'experience level', 'experience'],
    base: (v) => ({ experience_level: LEVEL[v] }),
    read: (c) => (c.experience_level ? LEVEL.indexOf(c.experience_level) : undefined),
    values: [1, 2],
  },
];

const LOOSEN = [
  (f: string) => `loosen the ${f}`,
  (f: string) => `be less strict on ${f}`,
  (f: string) => `ease up on the ${f}`,
  (f: string) => `relax the ${f} a bit`,
  (f: string) => `the ${f} filter is too strict`,
  (f: string) => `go easier on the ${f}`,
  (f: string) => `lower the bar on ${f}`,
];
const TIGHTEN = [
  (f: string) => `tighten the ${f}`,
  (f: string) => `be stricter on ${f}`,
  (f: string) => `more demanding on the ${f}`,
  (f: string) => `raise the bar on ${f}`,
];
const RUNS = { seed: 20261201, numRuns: 200 };

/** The value after the words: unchanged when the patch leaves it, gone when it clears it. */
function after(floor: Floor, base: Partial<Criteria>, say: string): number | undefined {
  const patch = patchOf(say, base) as Partial<Criteria> & { clear?: string[] };
  const merged = { ...base, ...patch };
  for (const k of patch.clear ?? []) delete (merged as Record<string, unknown>)[k];
  return floor.read(merged);
}

const drawn = (words: ((f: string) => string)[]) =>
  fc.constantFrom(...FLOORS).chain((floor) =>
    fc.record({
      floor: fc.constant(floor),
      v: fc.integer({ min: floor.values[0], max: floor.values[1] }),
      name: fc.constantFrom(...floor.names),
      say: fc.constantFrom(...words),
    }),
  );

describe('strictness goes the way that lets people in or keeps them out', () => {
  it('loosening a floor lowers or clears it, never raises it', () => {
    fc.assert(
      fc.property(drawn(LOOSEN), ({ floor, v, name, say }) => {
        const next = after(floor, floor.base(v), say(name));
        if (next !== undefined) expect(next).toBeLessThan(floor.read(floor.base(v))!);
      }),
      RUNS,
    );
  });

  it('tightening a floor raises it, never lowers or clears it', () => {
    fc.assert(
      fc.property(drawn(TIGHTEN), ({ floor, v, name, say }) => {
        const before = floor.read(floor.base(v))!;
        const next = after(floor, floor.base(v), say(name));
        expect(next).toBeDefined();
        // Already at the top ("expert", 5 stars, 100%), nothing is stricter.
        expect(next!).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('on the rate cap, loosening raises it and tightening lowers it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.constantFrom('rate', 'budget', 'rate cap'),
        (cap, name) => {
          for (const say of LOOSEN)
            expect(
              patchOf(say(name), { hourly_rate: { max: cap } }).hourly_rate?.max ?? 1001,
            ).toBeGreaterThan(cap);
          for (const say of TIGHTEN)
            expect(patchOf(say(name), { hourly_rate: { max: cap } }).hourly_rate?.max).toBeLessThan(
              cap,
            );
        },
      ),
      { ...RUNS, numRuns: 50 },
    );
  });

  it('a complaint about a value moves it the way that answers the complaint', () => {
    const rate = { hourly_rate: { max: 60 } };
    expect(patchOf('$60 is too low', rate).hourly_rate?.max).toBeGreaterThan(60);
    expect(patchOf('60 an hour is too much', rate).hourly_rate?.max).toBeLessThan(60);
    expect(patchOf("that's too expensive", rate).hourly_rate?.max).toBeLessThan(60);
    expect(patchOf('4.8 is too strict', { min_rating: 4.8 }).min_rating).toBeLessThan(4.8);
    expect(patchOf('4.5 stars is too low', { min_rating: 4.5 }).min_rating).toBeGreaterThan(4.5);
    const hours = { availability: { min_hours_per_week: 40 } };
    expect(
      patchOf('40 hours a week is too much', hours).availability?.min_hours_per_week,
    ).toBeLessThan(40);
  });

  it('a change that lets more people in, said as allowed, is made', () => {
    expect(
      patchOf('pricier is fine', { hourly_rate: { max: 40 } }).hourly_rate?.max,
    ).toBeGreaterThan(40);
    expect(patchOf('lower ratings are ok', { min_rating: 4.8 }).min_rating).toBeLessThan(4.8);
    expect(patchOf('juniors are fine too', { experience_level: 'expert' }).experience_level).toBe(
      'entry',
    );
    // A bound said as allowed: past the cap lifts it, below a floor lowers it.
    for (const say of ['over $50 is fine', 'more expensive than $50 is ok too'])
      expect(patchOf(say, { hourly_rate: { max: 50 } }), say).toEqual({ clear: ['hourly_rate'] });
    expect(patchOf('4.5 stars is fine', { min_rating: 4.8 }).min_rating).toBe(4.5);
    expect(patchOf('5 stars is ok too', { min_rating: 4.5 })).toEqual({});
    expect(patchOf('up to $40 is fine', { hourly_rate: { max: 50 } })).toEqual({});
    // One that keeps people out stays as it is: "cheaper is fine" is no new cap.
    expect(patchOf('cheaper is fine', { hourly_rate: { max: 40 } }).hourly_rate).toBeUndefined();
  });
});
