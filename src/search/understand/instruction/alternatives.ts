import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { boundsOf } from './numbers.js';

// "4.5 stars or at least 20 jobs", "top rated or 4.8+": either of two filters. The criteria hold
// filters that all apply together, so applying both would ask more than was said and applying one
// would guess: neither is applied, and a notice asks for the one that matters. "Germany or
// Austria" and "React or Vue" are one filter with two values, read as before.

const THINGS = new Set(['badge', 'talent', 'exp', 'place', 'zone', 'lang', 'skill', 'worktime']);

export function eitherFilter(clause: Clause, ctx: ApplyContext): boolean {
  const or = clause.reads.some((r) => r.item.k === 'conj' && /^(or|either)$/i.test(r.text));
  if (!or) return false;
  const kinds = new Set<string>();
  for (const b of boundsOf(clause)) kinds.add(b.measure);
  for (const r of clause.reads) if (THINGS.has(r.item.k)) kinds.add(r.item.k);
  if (kinds.size < 2) return false;
  const said = clause.reads.map((r) => r.text).join(' ');
  ctx.notices.push(
    `"${said}" asks for one filter or another, and filters all apply together, so neither was applied; say the one that matters, or send both as fields.`,
  );
  return true;
}
