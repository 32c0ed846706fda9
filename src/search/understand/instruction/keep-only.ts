import type { Criteria } from '../../../core/criteria.js';
import type { Read } from './items.js';

// "Keep React, drop the rest", "only Python matters, lose the others", "drop everything except
// React": the skills named stay and every other skill the criteria ask for goes. The words that
// say so are taken out of the reads, so "drop" never reaches the skill that is kept. Only skills:
// "the rest" beside a place or a rate is left to the other readers, which change nothing on it.

export interface KeepOnly {
  reads: Read[];
  /** Skills asked for that go. */
  drop: string[];
  kept: string[];
}

const ENDS = new Set(['sep']);
const dropsThings = (r: Read) =>
  r.item.k === 'clear' || (r.item.k === 'neg' && !!r.item.verb) || r.item.k === 'rest';

export function keepOnly(reads: Read[], criteria: Criteria): KeepOnly | undefined {
  const at = reads.findIndex((r) => r.item.k === 'rest');
  if (at < 0) return undefined;
  const rest = reads[at].item;
  if (rest.k !== 'rest') return undefined;
  // The clause of "the rest": from the separator before it to the one after.
  let from = at;
  while (from > 0 && !ENDS.has(reads[from - 1].item.k)) from--;
  let to = at;
  while (to + 1 < reads.length && !ENDS.has(reads[to + 1].item.k)) to++;
  const out = [...reads];
  let kept: string[];
  if (rest.except) {
    kept = skillsIn(reads.slice(at + 1, to + 1));
    // "Everything except React can go" drops the others; "keep everything except React" and
    // "everything but Asia" leave out what follows, as a negator does.
    const own = reads.slice(from, to + 1).filter((r, i) => from + i !== at);
    const keepsOthers = own.some((r) => r.item.k === 'mode' && r.item.mode === 'keep');
    const drops = rest.verb || own.some(dropsThings);
    if (!kept.length || keepsOthers || !drops) {
      out[at] = { item: { k: 'neg' }, text: reads[at].text };
      return { reads: out, drop: [], kept: [] };
    }
    for (let i = from; i <= to; i++) out[i] = { item: { k: 'filler' }, text: reads[i].text };
  } else {
    const own = reads.slice(from, to + 1);
    // "The rest" alone drops nothing; "drop the rest", "the others can go", "nothing else" do.
    if (own.filter(dropsThings).length < 2 && !rest.verb) return undefined;
    kept = skillsIn([...reads.slice(0, from), ...reads.slice(to + 1)]);
    if (!kept.length) return undefined;
    for (let i = from; i <= to; i++) out[i] = { item: { k: 'filler' }, text: reads[i].text };
  }
  const keeps = new Set(kept.map((s) => s.toLowerCase()));
  const held = [...(criteria.required_skills ?? []), ...(criteria.preferred_skills ?? [])];
  const drop = [...new Set(held)].filter((s) => !keeps.has(s.toLowerCase()));
  return { reads: out, drop, kept };
}

function skillsIn(reads: Read[]): string[] {
  return reads.flatMap((r) => (r.item.k === 'skill' ? [r.item.name] : []));
}
