import { isKnownWord } from '../spelling.js';
import { changesOf, deletionIndex, slipsOf } from '../slips.js';
import { PHRASES } from './lexicon.js';
import type { Token } from './tokens.js';
import type { Vocabulary } from './vocabulary.js';

// One slip in a word of the refinement vocabulary ("exlude India", "chepaer", "senoir") is read
// as the word meant, because left unread the slip can turn the sentence around: "exlude India"
// read without its verb narrows to India. As in the request's spelling: a letter left out, one
// too many, or two swapped; a letter changed only in eight letters or more; words of five letters or more; only a word
// no table and no fixture knows; and only when exactly one word of the vocabulary is that close.

const MIN_LENGTH = 5;
const MAX_LENGTH = 20;
const CHANGED_FROM = 8;
/** The first words of the negators ("anyone" of "anyone but"). */
const NEGATORS = new Set(
  PHRASES.flatMap(([phrase, item]) => (item.k === 'neg' ? [phrase.split(' ')[0]] : [])),
);

interface Dictionary {
  words: Set<string>;
  /** Each word with one letter left out → the words it came from. */
  deletions: Map<string, Set<string>>;
}

let built: Dictionary | undefined;

function dictionary(vocab: Vocabulary): Dictionary {
  if (built) return built;
  const words = new Set<string>();
  for (const table of [vocab.words, vocab.places, vocab.languages, vocab.levels, vocab.zones])
    for (const w of table.firstWords())
      if (w.length >= MIN_LENGTH && /^\p{L}+$/u.test(w)) words.add(w);
  built = { words, deletions: deletionIndex(words) };
  return built;
}

// The first letter is never the slip: "inland" is not "Finland", nor "urban" "Durban". A letter
// left out needs six letters written ("naive" is a word, not "native"), unless what it mends to is
// a negator ("nobdy"): no real five-letter word is one letter short of one, and an unread negator
// turns the sentence around.
function candidates(w: string, dict: Dictionary): Set<string> {
  const slips = [...slipsOf(w)].filter((s) => s.at > 0 && dict.words.has(s.word));
  // A letter typed twice is the likeliest slip: "excludde" is "exclude", not "excluded".
  const doubled = slips.find((s) => s.kind === 'doubled');
  if (doubled) return new Set([doubled.word]);
  const found = new Set(
    [...(dict.deletions.get(w) ?? [])].filter(
      (c) => c[0] === w[0] && (w.length > MIN_LENGTH || NEGATORS.has(c)),
    ),
  );
  for (const s of slips) found.add(s.word);
  // A letter changed, in a long word only ("independants", "freelancars"): a long word one letter
  // from another is rarely a word of its own, and only a word no fixture knows gets here.
  if (!found.size && w.length >= CHANGED_FROM)
    for (const changed of changesOf(w)) if (dict.words.has(changed)) found.add(changed);
  return found;
}

/** The word of the vocabulary one slip away from this token, if exactly one is. */
export function mendWord(
  t: Token,
  vocab: Vocabulary,
  isSkill: (written: string) => boolean,
): string | undefined {
  const w = t.norm;
  // Longer than any word of the vocabulary: nothing to mend, and the search would be quadratic.
  if (t.kind !== 'word' || w.length < MIN_LENGTH || w.length > MAX_LENGTH) return undefined;
  if (!/^\p{L}+$/u.test(w)) return undefined;
  const dict = dictionary(vocab);
  if (dict.words.has(w) || isKnownWord(w) || isSkill(t.raw)) return undefined;
  let found = [...candidates(w, dict)];
  // "cheapr" is "cheap" or "cheaper", which read the same: either will do.
  if (found.length > 1 && sameReading(found, vocab)) found = [found[0]];
  // Between readings, a negator wins: left unread, it turns the sentence around.
  if (found.length > 1) found = found.filter((c) => NEGATORS.has(c));
  // Near a negator but mended to something else ("excludd" to "excluded"): it may be the negator
  // with another slip, so it stays unread, and nothing narrows on it.
  if (found.length === 1 && !NEGATORS.has(found[0]) && nearNegator(w)) return undefined;
  return found.length === 1 ? found[0] : undefined;
}

/** Two slips or fewer from a negator of five letters or more ("excluse", "nobidy"). */
export function nearNegator(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < MIN_LENGTH - 1 || w.length > MAX_LENGTH) return false;
  for (const n of NEGATORS) if (n.length >= MIN_LENGTH && editDistance(w, n) <= 2) return true;
  return false;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function sameReading(words: string[], vocab: Vocabulary): boolean {
  const readings = words.map((w) => {
    const read = vocab.words.match([{ kind: 'word', norm: w, raw: w }], 0);
    return read?.length === 1 ? JSON.stringify(read.value) : undefined;
  });
  return readings[0] !== undefined && readings.every((r) => r === readings[0]);
}
