import { loader, loadRegions, loadTaxonomy } from '../../reference/fixtures.js';
import { LANGUAGE_NAMES } from './instruction/languages.js';
import { deletionIndex, slipsOf } from './slips.js';
import { isStopWord, stem } from './words.js';

// Typo tolerance for the understanding stage: a word no fixture knows ("websties", "supliers",
// "instal") is read as the known word one slip away (a letter left out, one too many, or two
// swapped), so the vocabulary, the learned model and full-text recall see what the client meant.
// Substitutions are not tried: they turn real words into other real words ("parking" →
// "packing"). The dictionary is every word of the taxonomy, the vocabulary, the work texts and the
// places and languages in fixtures/ (so "Finnish" stays a language, not "finish"), read once per
// process; a request costs a few set lookups per unknown word.

/** Shorter words are left alone: one slip in four letters is too often another word. */
const MIN_LENGTH = 5;
const SOURCES: (() => unknown)[] = [
  loadTaxonomy,
  loadRegions,
  loader('vocabulary.json'),
  loader('skill-work.json'),
  loader('content.json'),
];

interface Dictionary {
  /** How often each word appears across the fixtures: the likelier reading wins a tie. */
  count: Map<string, number>;
  stems: Set<string>;
  /** Each word with one letter left out → the words it came from. */
  deletions: Map<string, Set<string>>;
}

let cached: Dictionary | undefined;

function dictionary(): Dictionary {
  if (cached) return cached;
  const count = new Map<string, number>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const w of value.toLowerCase().match(/\p{L}+/gu) ?? [])
        count.set(w, (count.get(w) ?? 0) + 1);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const load of SOURCES) collect(load());
  collect(Object.values(LANGUAGE_NAMES));
  const deletions = deletionIndex([...count.keys()].filter((w) => w.length >= MIN_LENGTH - 1));
  cached = { count, stems: new Set([...count.keys()].map(stem)), deletions };
  return cached;
}

/** A word the fixtures know (as written or by its stem): never to be read as another. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  const dict = dictionary();
  return dict.count.has(w) || dict.stems.has(stem(w));
}

const seen = new Map<string, string | undefined>();
const MAX_SEEN = 20_000;

/** The known word one slip away from `word`, or undefined when it is known or none is. */
export function correction(word: string): string | undefined {
  const w = word.toLowerCase();
  if (seen.has(w)) return seen.get(w);
  if (seen.size > MAX_SEEN) seen.clear();
  const fixed = lookUp(w);
  seen.set(w, fixed);
  return fixed;
}

function lookUp(w: string): string | undefined {
  if (w.length < MIN_LENGTH || !/^\p{L}+$/u.test(w) || isStopWord(w)) return undefined;
  const dict = dictionary();
  if (dict.count.has(w) || dict.stems.has(stem(w))) return undefined;
  const candidates = new Set<string>();
  // A letter typed twice ("addresss"), and two letters swapped. Any other extra letter is too
  // often a real word of its own ("yearly", "catchy", "heard").
  for (const slip of slipsOf(w))
    if (slip.kind !== 'extra' && dict.count.has(slip.word)) candidates.add(slip.word);
  // One letter left out.
  for (const c of dict.deletions.get(w) ?? []) candidates.add(c);
  let best: string | undefined;
  for (const c of candidates) if (!best || dict.count.get(c)! > dict.count.get(best)!) best = c;
  return best;
}

export interface Spelled {
  text: string;
  /** Each word read differently, as written and as read. */
  corrections: [string, string][];
}

/** The request with each unknown word replaced by its correction, and the list of them. */
export function correctSpelling(text: string): Spelled {
  const corrections: [string, string][] = [];
  const corrected = text.replace(/\p{L}+/gu, (word) => {
    const fixed = correction(word);
    if (!fixed) return word;
    corrections.push([word, fixed]);
    return fixed;
  });
  return { text: corrected, corrections };
}
