import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { boundsOf } from './numbers.js';

// "4.5 stars or at least 20 jobs", "top rated or 4.8+": either of two filters. The criteria hold
// filters that all apply together, so applying both would ask more than was said and applying one
// would guess: neither is applied, and a notice asks for the one that matters. "Germany or
// Austria" and "React or Vue" are one filter with two values, read as before.

const THINGS = new Set(['badge', 'talent', 'exp', 'place', 'zone', 'lang', 'skill', 'worktime']);

export function eitherFilter(clause: Clause, ctx: ApplyContext): boolean {
  const reads = clause.reads;
  const measures = new Map(boundsOf(clause).map((b) => [b.at, b.measure as string]));
  // What a thing filters: its kind, or for a number what it measures.
  const kindAt = (i: number) => (THINGS.has(reads[i].item.k) ? reads[i].item.k : measures.get(i));
  const nearest = (from: number, step: number) => {
    for (let i = from; i >= 0 && i < reads.length; i += step) {
      const kind = kindAt(i);
      if (kind) return kind;
    }
    return undefined;
  };
  // Only the two things an "or" joins: "Python devs in India or Pakistan" is one filter.
  const either = reads.some((r, i) => {
    if (r.item.k !== 'conj' || !/^(or|either)$/i.test(r.text)) return false;
    const [before, after] = [nearest(i - 1, -1), nearest(i + 1, 1)];
    return !!before && !!after && before !== after;
  });
  if (!either) return false;
  const said = clause.reads.map((r) => r.text).join(' ');
  ctx.notices.push(
    `"${said}" asks for one filter or another, and filters all apply together, so neither was applied; say the one that matters, or send both as fields.`,
  );
  return true;
}
