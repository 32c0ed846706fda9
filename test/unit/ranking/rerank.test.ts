import { describe, expect, it } from 'vitest';
import type { CandidateRow } from '../../../src/core/candidate.js';
import type { SearchPlan } from '../../../src/core/search-plan.js';
import { MOVED_UP_FOR_VARIETY, reasonsFor } from '../../../src/ranking/reasons.js';
import { rerank, shownScore } from '../../../src/ranking/rerank.js';
import type { Scored } from '../../../src/ranking/score.js';

// The list is ordered by the rerank, not by the score alone. Whoever sits above a higher shown
// score must say why, or the client sees 78.2 above 79.8 with no explanation.

function candidate(id: number, score: number, country: string, title: string, rising = false) {
  const row = {
    id,
    external_id: `f${id}`,
    name: `Person ${id}`,
    title,
    hourly_rate_usd: 50,
    country,
    timezone: 'UTC',
    rating: 4.8,
    reviews_count: 3,
    jobs_completed: 3,
    job_success: 95,
    total_earnings_usd: 1000,
    badges: rising ? ['rising_talent'] : [],
    hours_per_week: 30,
    available_from: null,
    response_time_hours: 2,
    member_since: '2025-01-01',
    experience_years: 3,
    text_rank: 0,
    fulltext_rank: 0,
    max_evidence: 1,
    skills: [],
  } satisfies CandidateRow;
  return { row, features: {}, score, required: [], preferred: [], querySkills: [] } as Scored;
}

const plan = { criteria: {} } as unknown as SearchPlan;
const now = new Date('2026-12-01T00:00:00Z');

function unexplained(scored: Scored[], pageSize: number) {
  const ranked = rerank(scored, pageSize);
  return ranked.flatMap((c, i) => {
    const below = Math.max(-Infinity, ...ranked.slice(i + 1).map((b) => shownScore(b.score)));
    if (shownScore(c.score) >= below) return [];
    const first = reasonsFor(c, plan, now)[0] ?? '';
    return first === MOVED_UP_FOR_VARIETY || first.startsWith('Rising talent slot')
      ? []
      : [`#${i + 1} ${shownScore(c.score)} above ${below}`];
  });
}

// A small deterministic generator, so a failure names its seed.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('rerank order and its reasons', () => {
  it('says "moved up for variety" on the one the diversity pass put above a higher score', () => {
    const scored = [
      candidate(1, 0.9, 'US', 'React developer'),
      candidate(2, 0.89, 'US', 'React developer'),
      candidate(3, 0.88, 'US', 'React developer'),
      candidate(4, 0.87, 'PL', 'Frontend engineer'),
    ];
    const ranked = rerank(scored, 4);
    const out = ranked.map((c) => c.row.id);
    expect(out).not.toEqual([1, 2, 3, 4]); // the diversity pass moved someone
    const moved = ranked.filter((c) => c.movedUp);
    expect(moved.map((c) => c.row.id)).toContain(4);
    expect(reasonsFor(moved[0], plan, now)[0]).toBe(MOVED_UP_FOR_VARIETY);
    expect(unexplained(scored, 4)).toEqual([]);
  });

  it('says "rising talent slot" on the one the exposure rule lifted', () => {
    const scored = [
      ...[1, 2, 3, 4, 5].map((id) => candidate(id, 0.9 - id * 0.001, `C${id}`, `Title ${id}`)),
      candidate(6, 0.88, 'C6', 'Title 6', true),
    ];
    const ranked = rerank(scored, 5);
    const lifted = ranked.slice(0, 5).find((c) => c.lifted);
    expect(lifted?.row.id).toBe(6);
    expect(reasonsFor(lifted!, plan, now)[0]).toMatch(/^Rising talent slot/);
    expect(unexplained(scored, 5)).toEqual([]);
  });

  it('lifts a member of under a year who fits as well as the page, and says so', () => {
    const page = [1, 2, 3, 4, 5].map((id) => ({
      ...candidate(id, 0.9 - id * 0.01, `C${id}`, `Title ${id}`),
      features: { query_skills: 0.7, quality: 0.9 },
    }));
    const newcomer = candidate(6, 0.8, 'C6', 'Title 6');
    const fits = {
      ...newcomer,
      row: { ...newcomer.row, member_since: '2026-06-01' },
      features: { query_skills: 0.75, quality: 0.4 },
    };
    const ranked = rerank([...page, fits], 5, now);
    const lifted = ranked.slice(0, 5).find((c) => c.lifted);
    expect(lifted?.row.id).toBe(6);
    expect(ranked.indexOf(lifted!)).toBeGreaterThanOrEqual(2);
    expect(reasonsFor(lifted!, plan, now)[0]).toBe('New talent slot: member since 2026-06');
    // Without the clock nobody is new, and a newcomer who fits worse than the page stays below.
    expect(
      rerank([...page, fits], 5)
        .slice(0, 5)
        .some((c) => c.lifted),
    ).toBe(false);
    const weaker = { ...fits, features: { query_skills: 0.5, quality: 0.4 } };
    expect(
      rerank([...page, weaker], 5, now)
        .slice(0, 5)
        .some((c) => c.lifted),
    ).toBe(false);
  });

  it('leaves no out-of-order score without a reason, over many random pools', () => {
    const countries = ['US', 'PL', 'DE', 'IN'];
    const titles = ['React developer', 'Frontend engineer', 'Data engineer'];
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const n = 3 + Math.floor(rnd() * 40);
      const scored = Array.from({ length: n }, (_, i) =>
        candidate(
          i + 1,
          0.5 + rnd() * 0.4,
          countries[Math.floor(rnd() * countries.length)],
          titles[Math.floor(rnd() * titles.length)],
          rnd() < 0.1,
        ),
      );
      const pageSize = 1 + Math.floor(rnd() * 10);
      expect(unexplained(scored, pageSize), `seed ${seed}`).toEqual([]);
    }
  });
});
