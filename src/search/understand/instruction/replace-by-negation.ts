import type { Clause } from './clauses.js';
import type { Location } from './draft.js';
import type { Criteria } from '../../../core/criteria.js';

// "Not React, Vue", "not Germany, Austria": a negated pair joined by a bare comma, whose first
// thing is what the criteria ask for now and whose second is not, is a replacement: the first
// goes and the second comes. When both are new ("not from India, Pakistan") it stays a list of
// exclusions, as before.

type Before = Criteria & { location?: Location };

/** The clause with the new side no longer negated, and where the old side is. */
export function replacementByNegation(
  clause: Clause,
  before: Before,
): { clause: Clause; old: number } | undefined {
  const things = clause.reads.flatMap((r, i) =>
    ['skill', 'place', 'lang', 'talent'].includes(r.item.k) ? [i] : [],
  );
  if (things.length !== 2) return undefined;
  const [a, b] = things;
  const first = clause.reads[a].item;
  if (first.k !== clause.reads[b].item.k || !clause.negated[a] || !clause.negated[b])
    return undefined;
  // Only a comma between them: "India or Pakistan", "India and Pakistan" are lists.
  const between = clause.reads.slice(a + 1, b);
  if (!between.some((r) => r.item.k === 'conj' && r.text === ',')) return undefined;
  if (between.some((r) => r.item.k !== 'filler' && !(r.item.k === 'conj' && r.text === ',')))
    return undefined;
  // Talent has two values only, so "not agencies, independents" can only be a replacement.
  const talent = first.k === 'talent';
  if (!talent && (!held(clause, a, before) || held(clause, b, before))) return undefined;
  return { clause: { ...clause, negated: clause.negated.map((n, i) => n && i !== b) }, old: a };
}

function held(clause: Clause, at: number, before: Before): boolean {
  const item = clause.reads[at].item;
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  if (item.k === 'skill')
    return [...(before.required_skills ?? []), ...(before.preferred_skills ?? [])].some((s) =>
      same(s, item.name),
    );
  if (item.k === 'lang') return !!before.languages?.some((l) => l.code === item.code);
  if (item.k === 'place') {
    const loc = before.location;
    // "French" is a language when a language is what the criteria hold.
    if (item.ambiguousLang && before.languages?.some((l) => l.code === item.ambiguousLang))
      return true;
    return (
      item.countries.some((c) => loc?.countries?.includes(c)) ||
      (!!item.region && !!loc?.regions?.includes(item.region))
    );
  }
  return false;
}
