import { isKnownWord } from '../spelling.js';
import { changesOf, insertionsOf, slipsOf } from '../slips.js';
import { stem } from '../words.js';
import type { Item } from './items.js';
import { NOT_A_SKILL } from './lexicon.js';
import type { Token } from './tokens.js';
import { nearNegator } from './typos.js';

// A skill's name with one slip ("kubernets", "pyhton", "typescrpt", "postgress") is that skill:
// a letter left out, one too many, two swapped, or (in seven letters or more) one changed. Only a
// word no fixture knows (or one known only as a form of the skill's own word), never its first letter, and only when every reading names the same skill.
// Tried after every other reading, so a word of the vocabulary or a name is never a skill.

const MAX_SKILL_WORDS = 4;
const MIN_LENGTH = 6;
const MAX_LENGTH = 20;
const CHANGED_FROM = 7;

/** The spelling of the one skill this word is a slip of, if exactly one skill is that close. */
export function mendSkill(
  t: Token,
  resolve: (written: string) => string | undefined,
): string | undefined {
  const w = t.norm;
  if (t.kind !== 'word' || w.length < MIN_LENGTH || w.length > MAX_LENGTH) return undefined;
  // A couple of slips from a negator ("excelt India"), it may be the negator: left unread.
  if (!/^[a-z]+$/.test(w) || resolve(w) || nearNegator(w)) return undefined;
  // Known only as a form of a skill's own word ("kubernets" beside "kubernetes"): that skill only.
  const known = isKnownWord(w);
  const found = new Map<string, string>();
  const tryWord = (candidate: string) => {
    if (known && stem(candidate) !== stem(w)) return;
    const name = resolve(candidate);
    if (name && !found.has(name)) found.set(name, candidate);
  };
  for (const slip of slipsOf(w)) if (slip.at > 0) tryWord(slip.word);
  for (const inserted of insertionsOf(w)) tryWord(inserted);
  if (w.length >= CHANGED_FROM) for (const changed of changesOf(w)) tryWord(changed);
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The longest run of words (up to four) that names a skill, at `at`. */
export function skillAt(
  tokens: Token[],
  at: number,
  resolve: (w: string) => string | undefined,
  everydayAllowed: (name: string) => boolean,
): { length: number; item: Item } | undefined {
  for (let n = Math.min(MAX_SKILL_WORDS, tokens.length - at); n >= 1; n--) {
    const span = tokens.slice(at, at + n);
    if (span.some((t) => t.kind === 'sep') || span[n - 1].kind === 'sym' || span[0].kind === 'sym')
      continue;
    const everyday = n === 1 && NOT_A_SKILL.has(span[0].norm) && span[0].raw === span[0].norm;
    const written = span.map((t) => t.raw).join(' ');
    const name = resolve(written);
    if (name && (!everyday || everydayAllowed(name)))
      return { length: n, item: { k: 'skill', name } };
  }
  return undefined;
}
