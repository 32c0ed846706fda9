// One slip of the keyboard, the kind both the request's spelling (spelling.ts) and the
// refinement reader (instruction/typos.ts, instruction/skill-slips.ts) mend: a letter typed twice
// or one too many, two neighbours swapped, a letter left out, or (in long words only, where it
// rarely makes another real word) a letter changed. Each reader decides which of these it trusts.

export interface Slip {
  kind: 'doubled' | 'extra' | 'swapped';
  /** The word as it would be without the slip. */
  word: string;
  /** Where the slip is: the letter removed, or the first of the two swapped. */
  at: number;
}

/** Every way `w` may be one slip away from a longer or equal word: candidates to look up. */
export function* slipsOf(w: string): Generator<Slip> {
  for (let i = 1; i < w.length; i++)
    yield {
      kind: w[i] === w[i - 1] ? 'doubled' : 'extra',
      word: w.slice(0, i) + w.slice(i + 1),
      at: i,
    };
  for (let i = 0; i + 1 < w.length; i++)
    yield { kind: 'swapped', word: w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), at: i };
}

/** Each word with one letter left out → the words it came from: a letter left out, looked up. */
export function deletionIndex(words: Iterable<string>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const w of words)
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      index.set(d, (index.get(d) ?? new Set()).add(w));
    }
  return index;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word `w` may be with a letter it left out put back (never before its first letter). */
export function* insertionsOf(w: string): Generator<string> {
  for (let i = 1; i <= w.length; i++) for (const c of LETTERS) yield w.slice(0, i) + c + w.slice(i);
}

/** Every word `w` may be with one of its letters (never the first) changed. */
export function* changesOf(w: string): Generator<string> {
  for (let i = 1; i < w.length; i++)
    for (const c of LETTERS) if (c !== w[i]) yield w.slice(0, i) + c + w.slice(i + 1);
}
