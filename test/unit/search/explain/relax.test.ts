import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_NAMES, HARD_FILTERS } from '../../../../src/core/hard-filters.js';
import { bestRelaxations, relaxationProbes } from '../../../../src/search/explain/relax.js';
import { interpret } from '../../../../src/search/understand/interpret.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { someCriteria as criteria } from '../../fakes/criteria.js';
import { fixtureGeo } from '../../fakes/reference.js';

// When few match, each probe loosens one filter and keeps every other one the client set, so
// "+12 up to $120/h" is measured with the location, languages and skills still in force.

const graph = taxonomyGraph();
const geo = fixtureGeo();
const now = new Date('2026-12-01T12:00:00Z');

describe('relaxation probes', () => {
  it('loosen one filter each and keep every other filter the client set', () => {
    fc.assert(
      fc.property(criteria, (c) => {
        const plan = interpret(c, graph, geo, now);
        for (const probe of relaxationProbes(plan)) {
          // A probe without a looser plan leaves out its own filter and nothing else.
          if (!probe.loosened) continue;
          for (const other of FILTER_NAMES) {
            if (other === probe.name) continue;
            expect(HARD_FILTERS[other].inForce(probe.loosened), `${probe.name} → ${other}`).toEqual(
              HARD_FILTERS[other].inForce(plan),
            );
          }
          // Loosened, not dropped: the filter is still there unless it had one value to lose.
          if (probe.name !== 'required_skills')
            expect(HARD_FILTERS[probe.name].inForce(probe.loosened)).not.toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never offer back the people the client set aside', () => {
    fc.assert(
      fc.property(criteria, (c) => {
        const probes = relaxationProbes(interpret(c, graph, geo, now));
        expect(probes.some((p) => p.name === 'excluded')).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('move one required skill at a time, keeping the others required', () => {
    const plan = interpret(
      { query: 'dashboard', required_skills: ['React', 'TypeScript', 'GraphQL'] },
      graph,
      geo,
      now,
    );
    const skillProbes = relaxationProbes(plan).filter((p) => p.name === 'required_skills');
    expect(skillProbes.map((p) => p.loosened!.required.map((t) => t.node.name))).toEqual([
      ['TypeScript', 'GraphQL'],
      ['React', 'GraphQL'],
      ['React', 'TypeScript'],
    ]);
  });

  it('probe nothing for a request that set no filter', () => {
    expect(relaxationProbes(interpret({ query: 'react developer' }, graph, geo, now))).toEqual([]);
  });
});

describe('bestRelaxations', () => {
  const plan = interpret(
    {
      query: 'react developer',
      hourly_rate: { max: 40 },
      min_rating: 4.5,
      languages: [{ code: 'de' }],
      talent_type: 'agency',
    },
    graph,
    geo,
    now,
  );
  const probes = relaxationProbes(plan);
  const named = (name: string) => probes.findIndex((p) => p.name === name);

  it('says the three that add most, largest gain first, and only those that add anyone', () => {
    const counts = probes.map(() => 2);
    counts[named('hourly_rate_max')] = 9;
    counts[named('min_rating')] = 5;
    counts[named('languages')] = 14;
    counts[named('talent_type')] = 3;
    expect(bestRelaxations(probes, counts, 2)).toEqual([
      '+12 without the language requirement.',
      '2 at or under $40/h; 9 up to $60/h (+7).',
      '+3 with a 4★ minimum instead of 4.5★.',
    ]);
  });

  it('says nothing when no probe adds anyone', () => {
    expect(
      bestRelaxations(
        probes,
        probes.map(() => 2),
        2,
      ),
    ).toEqual([]);
  });
});
