import { describe, expect, it } from 'vitest';
import { interpret } from '../../../../src/search/understand/interpret.js';
import type { LearnedGuess } from '../../../../src/search/understand/need-model.js';
import {
  namedInPassing,
  PASSING_MARGIN,
  SURE,
} from '../../../../src/search/understand/named-in-passing.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { fixtureGeo } from '../../fakes/reference.js';

// A skill's name written in passing ("see our sales there") gives way to what the learned model,
// over the whole request, is sure of; a name said as the need, or the person wanted, does not.

const graph = taxonomyGraph();
const geo = fixtureGeo();
const now = new Date('2026-12-01T12:00:00Z');
const id = (slug: string) => graph.resolve(slug)!.id;
const guess = (slug: string, score: number, confidence: number): LearnedGuess => ({
  skillId: id(slug),
  score,
  confidence,
  because: [],
});
const plan = (query: string, fields: { required_skills?: string[] } = {}) =>
  interpret({ query, ...fields }, graph, geo, now);
const taxonomyWeights = (p: ReturnType<typeof plan>) =>
  p.querySkills.filter((t) => t.source === 'taxonomy').map((t) => t.confidence ?? 1);

describe('namedInPassing', () => {
  const map = 'interactive map on our site, hover over a country and see our sales there';
  const sure = [guess('d3js', 12.6, 0.83), guess('sales', 3.7, 0.01)];

  it('gives the sure reading the lead and halves a name far less likely', () => {
    const p = plan(map);
    expect(p.querySkills.map((t) => t.node.slug)).toEqual(['sales']);
    expect(namedInPassing(p, sure, new Set())?.skillId).toBe(id('d3js'));
    expect(taxonomyWeights(p)).toEqual([0.5]);
    expect(p.interpreted.understood.find((u) => u.skill === 'Sales')?.confidence).toBe(0.5);
  });

  it('leaves the name when the model is unsure, or the name is nearly as likely', () => {
    const unsure = [guess('d3js', 12.6, SURE - 0.01), guess('sales', 3.7, 0.01)];
    const close = [guess('d3js', 12.6, 0.83), guess('sales', 12.6 - PASSING_MARGIN + 0.1, 0.01)];
    for (const guesses of [unsure, close, []]) {
      const p = plan(map);
      expect(namedInPassing(p, guesses, new Set())).toBeUndefined();
      expect(taxonomyWeights(p)).toEqual([1]);
    }
  });

  it('every name must be far less likely, not only one of them', () => {
    const p = plan('see our sales there on an interactive map in React');
    const guesses = [guess('d3js', 12.6, 0.83), guess('sales', 3.7, 0), guess('react', 9, 0)];
    expect(namedInPassing(p, guesses, new Set())).toBeUndefined();
  });

  it('never overrules the person the client asks for, nor skills sent in the fields', () => {
    const seo = plan(
      'Our blog traffic dropped, we need an SEO expert to audit the site and fix it',
    );
    const technical = [guess('technical-seo', 19.6, 0.96), guess('seo', 14.4, 0.03)];
    expect(namedInPassing(seo, technical, new Set())).toBeUndefined();
    const p = plan(map, { required_skills: ['Sales'] });
    expect(namedInPassing(p, sure, new Set([id('sales')]))).toBeUndefined();
  });
});
