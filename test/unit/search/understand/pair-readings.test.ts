import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  linked,
  pairReadings,
  type Reading,
} from '../../../../src/search/understand/pair-readings.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';

const graph = taxonomyGraph();
const id = (slug: string) => graph.resolve(slug)!.id;
const reading = (slug: string, phrase: string, start: number, confidence = 0.6): Reading => ({
  skillId: id(slug),
  confidence,
  phrase,
  start,
});
const everywhere = () => 1;

describe('pairReadings', () => {
  const text = 'play our game before release and report bugs and glitches';
  const game = reading('game-development', 'play', 0);
  const testing = reading('manual-testing', 'report bugs', text.indexOf('report bugs'), 0.9);

  it('reads game and testing as game testing, the narrower skill the graph links to both', () => {
    const [paired, ...rest] = pairReadings([game, testing], graph, everywhere, new Set());
    expect(rest).toEqual([]);
    expect(graph.get(paired.skillId)!.slug).toBe('game-testing');
    expect(paired.phrase).toBe('play … report bugs');
    expect(paired.confidence).toBe(0.96);
    expect(paired.from.sort()).toEqual([id('game-development'), id('manual-testing')].sort());
  });

  it('proposes nothing the words do not point at', () => {
    const support = (s: number) => (s === id('game-testing') ? -0.5 : 5);
    expect(pairReadings([game, testing], graph, () => 0, new Set())).toEqual([]);
    expect(pairReadings([game, testing], graph, support, new Set())).toEqual([]);
  });

  it('does not pair one phrase read two ways, nor two readings of one field', () => {
    const twice = reading('game-development', 'report bugs', testing.start!);
    expect(pairReadings([twice, testing], graph, everywhere, new Set())).toEqual([]);
    const design = reading('game-design', 'levels', 40);
    expect(pairReadings([game, design], graph, everywhere, new Set())).toEqual([]);
  });

  it('leaves a narrow reading alone: it already says what it means', () => {
    // Smart Contract Auditing has no narrower skill, so "audit our smart contracts … security"
    // stays a smart-contract audit and does not become Security Auditing.
    const audit = reading('smart-contract-auditing', 'audit our smart contracts', 0, 0.9);
    const security = reading('cybersecurity', 'security', 30);
    expect(pairReadings([audit, security], graph, everywhere, new Set())).toEqual([]);
  });

  it('does not add a skill the request already reads', () => {
    expect(pairReadings([game, testing], graph, everywhere, new Set([id('game-testing')]))).toEqual(
      [],
    );
  });

  it('only ever proposes a narrower skill of one reading, linked to the other, at most one', () => {
    const slugs = [...graph.nodes.values()].map((n) => n.slug);
    const arb = fc.array(
      fc.record({
        // Broad skills of different fields, so that pairs do form, among any skill at all.
        slug: fc.oneof(
          fc.constantFrom(...slugs),
          fc.constantFrom('game-development', 'manual-testing', 'mobile-app-development', 'seo'),
        ),
        start: fc.nat(200),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (xs) => {
        const readings = xs.map((x, i) => reading(x.slug, `w${i}`, x.start, x.confidence));
        const out = pairReadings(readings, graph, everywhere, new Set());
        expect(out.length).toBeLessThanOrEqual(1);
        for (const p of out) {
          const [a, b] = p.from.map((f) => graph.get(f)!);
          const c = graph.get(p.skillId)!;
          expect(a.children).toContain(c.id);
          expect(linked(c, b)).toBe(true);
          expect(a.category).not.toBe(b.category);
          // Either reading being right is at least as likely as one of them.
          const joined = readings.filter((r) => p.from.includes(r.skillId));
          const least = Math.min(...joined.map((r) => r.confidence));
          expect(p.confidence).toBeGreaterThanOrEqual(least - 0.01);
          expect(p.confidence).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
