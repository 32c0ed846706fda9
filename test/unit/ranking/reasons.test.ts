import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkillTerm } from '../../../src/core/search-plan.js';
import { reasonsFor } from '../../../src/ranking/reasons.js';
import type { Ranked } from '../../../src/ranking/rerank.js';
import { scoreCandidates } from '../../../src/ranking/score.js';
import { planOf, skill } from '../../helpers/plan.js';
import { candidateRow, skillRow } from '../fakes/reference.js';

// Reasons are facts about the candidate: the strongest features said with their numbers. A reason
// never names a skill the person does not show, and what the client asked for is always said.

const now = new Date('2026-12-01T12:00:00Z');
const SKILLS = ['React', 'TypeScript', 'GraphQL', 'Node.js', 'Figma', 'Shopify', 'Django', 'Go'];
const ranked = (s: ReturnType<typeof scoreCandidates>[number]): Ranked => ({
  ...s,
  lifted: false,
  movedUp: false,
});

describe('reasonsFor', () => {
  it('never names a skill the candidate lacks, over random plans and people', () => {
    const terms = SKILLS.map((name) => skill(name));
    const index = fc.integer({ min: 0, max: SKILLS.length - 1 });
    fc.assert(
      fc.property(
        fc.uniqueArray(index, { maxLength: 3 }),
        fc.uniqueArray(index, { maxLength: 3 }),
        fc.uniqueArray(index, { maxLength: 3 }),
        fc.uniqueArray(index, { maxLength: 6 }),
        fc.integer({ min: 0, max: 30 }),
        (req, pref, query, has, evidence) => {
          const pick = (is: number[]): SkillTerm[] => is.map((i) => terms[i]);
          const plan = planOf(
            { hourly_rate: { max: 90 } },
            { required: pick(req), preferred: pick(pref), querySkills: pick(query) },
          );
          const row = candidateRow({
            max_evidence: Math.max(1, evidence),
            skills: has.map((i) => skillRow(terms[i].node.id, { evidence })),
          });
          const [scored] = scoreCandidates(plan, [row], now);
          const reasons = reasonsFor(ranked(scored), plan, now).join(' | ');
          const lacking = SKILLS.filter((_, i) => !has.includes(i));
          for (const name of lacking)
            expect(reasons, `${name} in "${reasons}"`).not.toMatch(new RegExp(`\\b${name}\\b`));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says the skills a person shows, with years and projects', () => {
    const react = skill('React');
    const plan = planOf({}, { required: [react] });
    const row = candidateRow({
      skills: [skillRow(react.node.id, { years: 7, evidence: 12 })],
      max_evidence: 12,
    });
    const reasons = reasonsFor(ranked(scoreCandidates(plan, [row], now)[0]), plan, now);
    expect(reasons).toContain('React: 7 yrs, 12 projects');
    // The experience fact would repeat the same count, so it is not said again.
    expect(reasons.some((r) => r.includes('in their history'))).toBe(false);
  });

  it('says at most three strongest facts, then the rate and the overlap asked for', () => {
    const plan = planOf(
      {
        hourly_rate: { max: 80 },
        location: { overlap_with: { timezone: 'America/New_York', hours: 2 } },
      },
      { required: [skill('React')] },
    );
    const row = candidateRow({ hourly_rate_usd: 55, timezone: 'Europe/Lisbon' });
    const reasons = reasonsFor(ranked(scoreCandidates(plan, [row], now)[0]), plan, now);
    expect(reasons.length).toBeLessThanOrEqual(5);
    expect(reasons.at(-2)).toBe('$55/h, inside the $80/h budget');
    expect(reasons.at(-1)).toBe('UTC+0, 3 h overlap with New York');
  });

  it('says no rate fact when the client set no cap', () => {
    const plan = planOf({});
    const reasons = reasonsFor(ranked(scoreCandidates(plan, [candidateRow()], now)[0]), plan, now);
    expect(reasons.join(' ')).not.toMatch(/budget/);
  });

  it('says the record: rating, reviews and job success, or jobs done without reviews', () => {
    const plan = planOf({});
    const rated = candidateRow({ rating: 4.9, reviews_count: 1, job_success: 97.4 });
    const unrated = candidateRow({ rating: null, reviews_count: 0, jobs_completed: 3 });
    const say = (row: typeof rated) =>
      reasonsFor(ranked(scoreCandidates(plan, [row], now)[0]), plan, now);
    expect(say(rated)).toContain('4.9★ from 1 review, 97% job success');
    expect(say(unrated)).toContain('3 jobs completed');
  });

  it('opens with the rerank reason when the candidate was moved or lifted', () => {
    const plan = planOf({});
    const base = ranked(
      scoreCandidates(plan, [candidateRow({ rating: 5, jobs_completed: 1 })], now)[0],
    );
    expect(reasonsFor({ ...base, movedUp: true }, plan, now)[0]).toBe('Moved up for variety');
    expect(reasonsFor({ ...base, lifted: true }, plan, now)[0]).toBe(
      'Rising talent slot: 5.0★ on 1 job',
    );
  });
});
