import type { Clause } from './clauses.js';
import type { Item, Read } from './items.js';

// "We're in Berlin", "our team is in London": where the client is, never where the freelancers
// must be. With time words in the refinement ("need 4h overlap", "someone in our time zone") the
// client's place is what the time is measured from; without them nothing narrows to it, and a
// notice says how to make it a filter.

const PLACES = new Set<Item['k']>(['place', 'zone']);
const TIME = new Set<Item['k']>(['tz', 'overlap', 'within']);
const SELF = new Set<Item['k']>(['talent', 'exp', 'badge', 'mode', 'degree']);

const hasTime = (c: Clause) => c.reads.some((r) => TIME.has(r.item.k));
const hasPlace = (c: Clause) => c.reads.some((r) => PLACES.has(r.item.k));
const asFiller = (r: Read): Read => ({ item: { k: 'filler' }, text: r.text });

/** The clauses with the client's own place moved to where time is said, and the notices. */
export function placeClientIn(clauses: Clause[]): { clauses: Clause[]; notices: string[] } {
  const notices: string[] = [];
  const out = clauses.map((c) => ({ ...c, reads: [...c.reads], negated: [...c.negated] }));
  for (const clause of out) {
    const at = clause.reads.findIndex((r) => r.item.k === 'ours');
    if (at < 0) continue;
    clause.reads[at] = asFiller(clause.reads[at]);
    // "We're a small agency": what the client says they are is never asked of the people.
    for (let i = at + 1; i < clause.reads.length; i++)
      if (SELF.has(clause.reads[i].item.k)) clause.reads[i] = asFiller(clause.reads[i]);
    const own = clause.reads.flatMap((r, i) => (i > at && PLACES.has(r.item.k) ? [i] : []));
    if (!own.length || hasTime(clause)) continue;
    const place = clause.reads[own[0]];
    for (const i of own) clause.reads[i] = asFiller(clause.reads[i]);
    const timed = out.find((c) => c !== clause && hasTime(c) && !hasPlace(c));
    if (timed) {
      timed.reads.push(place);
      timed.negated.push(false);
    } else
      notices.push(
        `Read "${place.text}" as where you are, so nothing was narrowed to it; say "only in ${place.text}" or "overlap with ${place.text}" to filter.`,
      );
  }
  return { clauses: out, notices };
}
