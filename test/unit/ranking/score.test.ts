import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreCandidates, weightedMean, type Features } from '../../../src/ranking/score.js';
import { FEATURE_LABELS, FEATURE_WEIGHTS, type FeatureName } from '../../../src/ranking/weights.js';
import { planOf, skill } from '../../helpers/plan.js';
import { candidateRow, skillRow } from '../fakes/reference.js';

// Stage two of ranking: named features in 0..1 and their weighted mean. A better fact never
// lowers a score, and a feature that does not apply is left out rather than counted as zero.

const now = new Date('2026-12-01T12:00:00Z');
const FEATURES = Object.keys(FEATURE_WEIGHTS) as FeatureName[];
const unit = fc.double({ min: 0, max: 1, noNaN: true });
const someFeatures = fc.dictionary(fc.constantFrom(...FEATURES), unit, {
  minKeys: 1,
}) as fc.Arbitrary<Features>;

describe('the weights', () => {
  it('are positive, and every feature has a label for the fit breakdown', () => {
    for (const name of FEATURES) {
      expect(FEATURE_WEIGHTS[name]).toBeGreaterThan(0);
      expect(FEATURE_LABELS[name]).toBeTruthy();
    }
    expect(Object.keys(FEATURE_LABELS).sort()).toEqual([...FEATURES].sort());
  });
});

describe('weightedMean', () => {
  it('stays in 0..1 and is 0 for no features', () => {
    expect(weightedMean({})).toBe(0);
    fc.assert(
      fc.property(someFeatures, (f) => {
        const s = weightedMean(f);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('is monotone in each feature: raising one value never lowers the score', () => {
    fc.assert(
      fc.property(someFeatures, unit, (f, more) => {
        for (const name of Object.keys(f) as FeatureName[]) {
          const raised = { ...f, [name]: Math.max(f[name]!, more) };
          expect(weightedMean(raised)).toBeGreaterThanOrEqual(weightedMean(f) - 1e-12);
        }
      }),
    );
  });

  it('leaves out a feature that does not apply instead of counting it as zero', () => {
    expect(weightedMean({ quality: 0.8 })).toBeCloseTo(0.8);
    expect(weightedMean({ quality: 0.8, rate: 0 })).toBeLessThan(0.8);
  });
});

describe('scoreCandidates', () => {
  const react = skill('React');
  const nextjs = skill('Next.js');
  const reactAcceptsNext = { ...react, accepts: [react.node.id, nextjs.node.id] };

  it('keeps every feature in 0..1 over random candidates', () => {
    const row = fc.record({
      hourly_rate_usd: fc.integer({ min: 5, max: 400 }),
      rating: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: null }),
      reviews_count: fc.integer({ min: 0, max: 300 }),
      jobs_completed: fc.integer({ min: 0, max: 300 }),
      job_success: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      hours_per_week: fc.integer({ min: 0, max: 60 }),
      response_time_hours: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: null }),
      experience_years: fc.integer({ min: 0, max: 40 }),
      text_rank: fc.double({ min: 0, max: 3, noNaN: true }),
      fulltext_rank: fc.double({ min: 0, max: 3, noNaN: true }),
      years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      evidence: fc.integer({ min: 0, max: 40 }),
      level: fc.constantFrom(null, 'beginner', 'intermediate', 'expert'),
    });
    const plan = planOf(
      {
        hourly_rate: { max: 80 },
        location: { overlap_with: { timezone: 'America/New_York', hours: 3 } },
      },
      { required: [reactAcceptsNext], preferred: [skill('Redux')] },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 5 }), (people) => {
        const rows = people.map((p, i) =>
          candidateRow({
            ...p,
            id: i + 1,
            max_evidence: Math.max(1, p.evidence),
            skills: [
              skillRow(react.node.id, { years: p.years, evidence: p.evidence, level: p.level }),
            ],
          }),
        );
        for (const s of scoreCandidates(plan, rows, now)) {
          for (const [name, value] of Object.entries(s.features)) {
            expect(value, name).toBeGreaterThanOrEqual(0);
            expect(value, name).toBeLessThanOrEqual(1);
          }
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('scores more evidence in a required skill at least as high, the rest equal', () => {
    const plan = planOf({}, { required: [react] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }), (e, more) => {
        const person = (evidence: number) =>
          candidateRow({ max_evidence: 40, skills: [skillRow(react.node.id, { evidence })] });
        const [less] = scoreCandidates(plan, [person(e)], now);
        const [most] = scoreCandidates(plan, [person(e + more)], now);
        expect(most.features.required!).toBeGreaterThan(less.features.required!);
        expect(most.score).toBeGreaterThan(less.score);
      }),
    );
  });

  it('counts a narrower skill as evidence of the broader one, at a discount', () => {
    const plan = planOf({}, { required: [reactAcceptsNext] });
    const own = scoreCandidates(plan, [candidateRow({ skills: [skillRow(react.node.id)] })], now);
    const narrower = scoreCandidates(
      plan,
      [candidateRow({ skills: [skillRow(nextjs.node.id)] })],
      now,
    );
    expect(narrower[0].required[0].shown).toBe(true);
    expect(narrower[0].features.required).toBeCloseTo(own[0].features.required! * 0.85);
    const none = scoreCandidates(plan, [candidateRow({ skills: [] })], now);
    expect(none[0].required[0]).toMatchObject({ shown: false, depth: 0 });
  });

  it('prefers a lower rate under a cap, and fits the rate only when a cap is set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 200 }), fc.integer({ min: 1, max: 100 }), (r, d) => {
        const plan = planOf({ hourly_rate: { max: 150 } });
        const [cheap, dear] = scoreCandidates(
          plan,
          [
            candidateRow({ id: 1, hourly_rate_usd: r }),
            candidateRow({ id: 2, hourly_rate_usd: r + d }),
          ],
          now,
        );
        expect(cheap.features.rate!).toBeGreaterThanOrEqual(dear.features.rate!);
      }),
    );
    expect(scoreCandidates(planOf({}), [candidateRow()], now)[0].features.rate).toBeUndefined();
  });

  it('scores quicker replies and more shared hours higher', () => {
    const plan = planOf({ location: { overlap_with: { timezone: 'Europe/Berlin', hours: 2 } } });
    const [near, far] = scoreCandidates(
      plan,
      [
        candidateRow({ id: 1, timezone: 'Europe/Paris', response_time_hours: 1 }),
        candidateRow({ id: 2, timezone: 'Pacific/Auckland', response_time_hours: 48 }),
      ],
      now,
    );
    expect(near.overlapHours).toBe(8);
    expect(near.features.timezone!).toBeGreaterThan(far.features.timezone!);
    expect(near.features.responsiveness!).toBeGreaterThan(far.features.responsiveness!);
  });

  it('normalises text relevance by the best in the candidate set', () => {
    const [a, b] = scoreCandidates(
      planOf({}),
      [candidateRow({ id: 1, text_rank: 0.4 }), candidateRow({ id: 2, text_rank: 0.1 })],
      now,
    );
    expect(a.features.text).toBe(1);
    expect(b.features.text).toBeCloseTo(0.25);
  });

  it('halves availability for someone free only after the start asked for', () => {
    const plan = planOf({ availability: { start_by: '2026-12-10' } });
    const [now1, later] = scoreCandidates(
      plan,
      [
        candidateRow({ id: 1, available_from: null }),
        candidateRow({ id: 2, available_from: '2027-01-15' }),
      ],
      now,
    );
    expect(later.features.availability).toBeCloseTo(now1.features.availability! / 2);
  });

  it('adds semantic similarity only for the candidates it was computed for', () => {
    const scored = scoreCandidates(
      planOf({}),
      [candidateRow({ id: 1 }), candidateRow({ id: 2 })],
      now,
      new Map([[1, 0.9]]),
    );
    expect(scored[0].features.semantic).toBe(0.9);
    expect('semantic' in scored[1].features).toBe(false);
  });
});
