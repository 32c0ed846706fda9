import type { Item } from './items.js';
import { startsUpper, tokenise, type Token } from './tokens.js';

// People on the current list, by name ("exclude Jan Novotný", "not Jan") or by place in the list
// ("the second one").

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  top: 1,
};
const PERSON_NOUNS = new Set([
  'one',
  'candidate',
  'person',
  'guy',
  'gal',
  'profile',
  'freelancer',
  'result',
  'option',
  'pick',
]);
type PersonTable = Map<string, { words: string[]; index: number }[]>;

// Names on the current list: the full name, and a first or last name that only one person has.
export function personTable(people: { id: string; name: string }[]): PersonTable {
  const table: PersonTable = new Map();
  const count = new Map<string, number>();
  const parts = people.map((p) =>
    tokenise(p.name)
      .filter((t) => t.kind === 'word')
      .map((t) => t.norm),
  );
  for (const words of parts) for (const w of new Set(words)) count.set(w, (count.get(w) ?? 0) + 1);
  parts.forEach((words, index) => {
    const add = (ws: string[]) => {
      if (!ws.length) return;
      table.set(ws[0], [...(table.get(ws[0]) ?? []), { words: ws, index }]);
    };
    add(words);
    for (const w of words) if (w.length > 1 && count.get(w) === 1) add([w]);
  });
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

export function personAt(
  tokens: Token[],
  at: number,
  table: PersonTable,
  people: { id: string; name: string }[],
): { length: number; item: Item } | undefined {
  for (const entry of table.get(tokens[at].norm) ?? []) {
    const ok = entry.words.every((w, k) => tokens[at + k]?.norm === w);
    // A single first or last name counts only when written with a capital: "will", "may".
    if (ok && (entry.words.length > 1 || startsUpper(tokens[at]))) {
      const p = people[entry.index];
      return { length: entry.words.length, item: { k: 'person', id: p.id, name: p.name } };
    }
  }
  // "second one", "top result": an ordinal with a noun for a person needs no "the".
  const rank = ORDINALS[tokens[at].norm];
  const noun = tokens[at + 1];
  if (rank && rank <= people.length && noun && PERSON_NOUNS.has(noun.norm)) {
    const p = people[rank - 1];
    return { length: 2, item: { k: 'person', id: p.id, name: p.name } };
  }
  // "the second one", "the last candidate", "#2".
  if (tokens[at].norm === 'the' || tokens[at].norm === '#' || tokens[at].norm === 'number') {
    const w = tokens[at + 1];
    const rank =
      w?.kind === 'num' && tokens[at].norm !== 'the' ? w.value! : ORDINALS[w?.norm ?? ''];
    const last = w?.norm === 'last' ? people.length : undefined;
    const n = last ?? rank;
    const after = tokens[at + 2];
    if (
      n &&
      n >= 1 &&
      n <= people.length &&
      (!after || after.kind === 'sep' || PERSON_NOUNS.has(after.norm))
    ) {
      const p = people[n - 1];
      const length = after && PERSON_NOUNS.has(after.norm) ? 3 : 2;
      return { length, item: { k: 'person', id: p.id, name: p.name } };
    }
  }
  return undefined;
}
