import { describe, expect, it } from 'vitest';
import { parseInstruction } from '../../../../src/search/understand/instruction/parse-instruction.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { BASE, PHRASINGS } from './phrasings.js';

const graph = taxonomyGraph();
export const PEOPLE = [
  { id: 'f1', name: 'Jan Novotný', hourly_rate_usd: 60 },
  { id: 'f2', name: 'Daniel Y.', hourly_rate_usd: 80 },
  { id: 'f3', name: 'Maria Silva', hourly_rate_usd: 45 },
];

describe('refinements in words', () => {
  it('has at least 150 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(PHRASINGS.map((p) => [p.say, p] as const))('%s', (_say, p) => {
    const parsed = parseInstruction(p.say, {
      criteria: { ...BASE, ...p.base },
      today: new Date('2026-12-01T12:00:00Z'),
      resolveSkill: (w) => graph.resolve(w)?.name,
      people: PEOPLE,
    });
    expect(parsed.patch).toEqual(p.patch);
  });
});
