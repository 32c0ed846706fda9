import type { SearchPlan } from '../../core/search-plan.js';
import type { SkillGraph, SkillNode } from '../../reference/skill-graph.js';

// Two readings of a request can together name a narrower skill that neither names alone: "play
// our game … report bugs" reads Game Development and Manual Testing, and the skill graph has
// Game Testing under Manual Testing and related to Game Development. Such a pair is read as the
// narrower skill, which explains both phrases, as long as the learned model finds the request's
// words pointing at it at all (the graph proposes, the words decide).

export interface Reading {
  skillId: number;
  confidence: number;
  phrase: string;
  /** Where the phrase starts in the request, to write the pair in the client's order. */
  start?: number;
}

export interface PairedReading extends Reading {
  /** The two readings it joins. */
  from: [number, number];
}

/** At most this many paired readings per request: one request rarely names two narrow needs. */
export const MAX_PAIRED = 1;

/** Whether the graph links `narrow` to `other`: below it, or related to it either way. */
export function linked(narrow: SkillNode, other: SkillNode): boolean {
  return (
    narrow.parents.includes(other.id) ||
    narrow.related.includes(other.id) ||
    other.related.includes(narrow.id)
  );
}

/**
 * Narrower skills the graph links to two different readings, best supported first. A candidate
 * is a child of one reading and linked to the other; `support` is the learned model's summed PMI
 * for it over the whole request, and a skill the words do not point at (support ≤ 0) is never
 * proposed. Its confidence is that of either reading being right (they are evidence of one need).
 */
export function pairReadings(
  readings: Reading[],
  graph: SkillGraph,
  support: (skillId: number) => number,
  present: Set<number>,
): PairedReading[] {
  const found = new Map<number, PairedReading & { support: number }>();
  for (let i = 0; i < readings.length; i++) {
    for (let j = 0; j < readings.length; j++) {
      const a = graph.get(readings[i].skillId);
      const b = graph.get(readings[j].skillId);
      // Two broad readings from different fields: a narrow reading already says what it means.
      if (!a || !b || b.children.length === 0 || a.category === b.category) continue;
      if (!apart(readings[i], readings[j])) continue;
      for (const childId of a.children) {
        const child = graph.get(childId);
        if (!child || present.has(childId) || !linked(child, b)) continue;
        const s = support(childId);
        if (!(s > 0)) continue;
        const confidence = round2(1 - (1 - readings[i].confidence) * (1 - readings[j].confidence));
        const had = found.get(childId);
        if (had && had.confidence >= confidence) continue;
        const [first, second] = [readings[i], readings[j]].sort(
          (x, y) => (x.start ?? 0) - (y.start ?? 0),
        );
        found.set(childId, {
          skillId: childId,
          confidence,
          phrase: `${first.phrase} … ${second.phrase}`,
          from: [a.id, b.id],
          support: s,
        });
      }
    }
  }
  return [...found.values()]
    .sort((x, y) => y.support - x.support)
    .slice(0, MAX_PAIRED)
    .map(({ support: _, ...r }) => r);
}

/**
 * Adds to the plan the narrower skill two of its readings from words join in, if any (read as
 * learned when either reading was, else as vocabulary). The client's named skills are never
 * paired: a client who names them means them.
 */
export function addPairedReadings(
  plan: SearchPlan,
  graph: SkillGraph,
  support: (skillId: number) => number,
  named: Set<number>,
): void {
  const lower = plan.criteria.query.toLowerCase();
  const fromWords = plan.querySkills.filter((t) => t.source !== 'taxonomy');
  const present = new Set([...named, ...plan.querySkills.map((t) => t.node.id)]);
  const readings = fromWords.map((t) => ({
    skillId: t.node.id,
    confidence: t.confidence ?? 1,
    phrase: t.asWritten,
    start: lower.indexOf(t.asWritten.toLowerCase()),
  }));
  for (const p of pairReadings(readings, graph, support, present)) {
    const node = graph.get(p.skillId)!;
    const source = fromWords.some((t) => p.from.includes(t.node.id) && t.source === 'learned')
      ? ('learned' as const)
      : ('vocabulary' as const);
    plan.interpreted.understood.push({
      phrase: p.phrase,
      skill: node.name,
      source,
      confidence: p.confidence,
    });
    plan.querySkills.push({
      asWritten: p.phrase,
      node,
      accepts: graph.withDescendants(node.id),
      source,
      confidence: p.confidence,
    });
  }
}

/** Two readings of different words: one phrase read two ways is one reading, not a pair. */
function apart(x: Reading, y: Reading): boolean {
  if (x.start === undefined || y.start === undefined || x.start < 0 || y.start < 0)
    return x.phrase.toLowerCase() !== y.phrase.toLowerCase();
  const [first, second] = x.start <= y.start ? [x, y] : [y, x];
  return first.start! + first.phrase.length <= second.start!;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
