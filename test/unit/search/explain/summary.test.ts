import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestSkills, unconstrainedNotices } from '../../../../src/search/explain/honest.js';
import type { Candidate, SearchOutput } from '../../../../src/search/explain/result-schema.js';
import { searchSummary } from '../../../../src/search/explain/summary.js';
import { interpret } from '../../../../src/search/understand/interpret.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { fixtureGeo } from '../../fakes/reference.js';

// The text a host without the widget shows: it stands alone, numbers the people from the page's
// offset, and says every notice. And the honest answer when few or none match.

function candidate(i: number, overrides: Partial<Candidate> = {}): Candidate {
  return {
    freelancer_id: `fl_${i}`,
    name: `Person ${i}`,
    title: 'React developer',
    hourly_rate_usd: 50 + i,
    country: 'DE',
    timezone: 'Europe/Berlin',
    rating: 4.8,
    reviews_count: 10,
    jobs_completed: 12,
    job_success: 95,
    badges: [],
    availability_hours_per_week: 30,
    profile_url: `https://example.test/${i}`,
    match: {
      score: 81.5,
      required: { matched: ['React'], missing: [] },
      preferred: { matched: [], missing: [] },
      reasons: ['React: 5 yrs, 7 projects', '4.8★ from 10 reviews'],
    },
    ...overrides,
  };
}

function output(overrides: Partial<SearchOutput> = {}): SearchOutput {
  return {
    search_id: 's_1',
    total_matches: 42,
    interpreted: {
      required_skills: [],
      preferred_skills: [],
      skills_in_query: [],
      expansions: [],
      filters: ['rate $0–$80/h', 'must show React'],
      understood: [],
      unused_words: [],
    },
    candidates: [candidate(1), candidate(2)],
    notices: [],
    ...overrides,
  };
}

describe('searchSummary', () => {
  it('says the count, the filters and each person with their facts and reasons', () => {
    const text = searchSummary(output());
    expect(text.split('\n')).toEqual([
      '42 profiles pass the filters; showing 1–2 (search s_1).',
      'Filters: rate $0–$80/h; must show React.',
      '1. Person 1 (fl_1), React developer: $51/h, 4.8★ (10), DE. Match 82: React: 5 yrs, 7 projects; 4.8★ from 10 reviews.',
      '2. Person 2 (fl_2), React developer: $52/h, 4.8★ (10), DE. Match 82: React: 5 yrs, 7 projects; 4.8★ from 10 reviews.',
    ]);
  });

  it('numbers the people from the offset of the page, and says every notice and the cursor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
        fc.boolean(),
        (offset, shown, notices, more) => {
          const out = output({
            candidates: Array.from({ length: shown }, (_, i) => candidate(offset + i + 1)),
            notices,
            ...(more ? { next_cursor: 'c' } : {}),
          });
          const lines = searchSummary(out, offset).split('\n');
          for (let i = 0; i < shown; i++)
            expect(
              lines.some((l) => l.startsWith(`${offset + i + 1}. Person ${offset + i + 1} `)),
            ).toBe(true);
          for (const n of notices) expect(lines).toContain(`Note: ${n}`);
          expect(lines.includes('More candidates are available with next_cursor.')).toBe(more);
        },
      ),
    );
  });

  it('says an empty page plainly, with the count only when filters were set', () => {
    expect(searchSummary(output({ candidates: [], total_matches: 0 })).split('\n')[0]).toBe(
      'No candidates to show (0 profiles pass the filters).',
    );
    const unfiltered = output({ candidates: [], total_matches: 0 });
    unfiltered.interpreted.filters = [];
    expect(searchSummary(unfiltered)).toBe('No candidates to show.');
  });

  it('says what was read from plain words and which words were not used', () => {
    const out = output();
    out.interpreted.understood = [
      {
        phrase: 'online store',
        skill: 'E-commerce Development',
        source: 'vocabulary',
        confidence: 0.9,
      },
      { phrase: 'React', skill: 'React', source: 'taxonomy', confidence: 1 },
    ];
    out.interpreted.unused_words = ['candles', 'asap'];
    const text = searchSummary(out);
    expect(text).toContain('Understood: "online store" → E-commerce Development (vocabulary).');
    expect(text).not.toContain('"React" → React');
    expect(text).toContain('Words not used: candles, asap.');
  });

  it('quotes a review under its person, and says "no reviews yet" for an unrated one', () => {
    const out = output({
      candidates: [
        candidate(1, {
          rating: null,
          reviews_count: 0,
          match: {
            ...candidate(1).match,
            review: { quote: 'Fast and careful.', rating: 5, project: 'Store rebuild' },
          },
        }),
      ],
    });
    const lines = searchSummary(out).split('\n');
    expect(lines[2]).toContain('no reviews yet');
    expect(lines[3]).toBe('   Client review (Store rebuild): "Fast and careful."');
  });
});

describe('the honest answer for a request with no constraints', () => {
  const graph = taxonomyGraph();
  const now = new Date('2026-12-01T12:00:00Z');
  const plan = (query: string) => interpret({ query }, graph, fixtureGeo(), now);

  it('says how few match the words, without blaming constraints it does not have', () => {
    expect(unconstrainedNotices(plan('react developer'), graph, 2)).toEqual([
      'Only 2 profiles match these words.',
    ]);
    expect(unconstrainedNotices(plan('react developer'), graph, 1)).toEqual([
      'Only 1 profile match these words.',
    ]);
  });

  it('offers the closest skill names for a typo, and a way to say the need otherwise', () => {
    const typo = unconstrainedNotices(plan('Kubernetse'), graph, 0);
    expect(typo[0]).toBe(
      'No need could be read from "Kubernetse", and no profile uses these words.',
    );
    expect(typo[1]).toMatch(
      /^Closest skills we know: .*Kubernetes.*\. Name one to search for it\.$/,
    );
    expect(unconstrainedNotices(plan('zq'), graph, 0)[1]).toMatch(/^Describe the work/);
  });

  it('suggests at most the limit, and nothing for short words', () => {
    expect(closestSkills(['ab', 'xy'], graph)).toEqual([]);
    expect(closestSkills(['pyton', 'reakt', 'djnago', 'figam'], graph, 2)).toHaveLength(2);
  });
});
