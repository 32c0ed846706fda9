import { readFileSync } from 'node:fs';
import { packagePath } from '../../package-root.js';
import { words, contentStems, type Word } from './words.js';

// The vocabulary of client phrasings (fixtures/vocabulary.json): how clients describe a need
// without naming a skill ("my site is slow", "help me with my books"). Matching is on stems, longest
// phrase first, and a phrase may skip one unimportant word between its own ("answer customer
// emails" also reads "answer our customers' emails"). Taxonomy names match before any phrase: the
// caller masks them, which is how "Google Sheets" never reads as "show up on Google".

export interface VocabularyFile {
  skills: Record<string, string[]>;
  categories: Record<string, { skills: string[]; phrases: string[] }>;
  ambiguous: {
    phrase: string;
    skills: string[];
    confidence: number;
    /** Words that, within two words either side, mean the phrase is something else. */
    unless?: string[];
  }[];
}

export interface SkillGuess {
  slug: string;
  confidence: number;
  /** A category's broad guess ("shop" → e-commerce), not a phrasing of the skill itself. */
  broad?: boolean;
}

export interface PhraseMatch {
  /** The client's words, as written. */
  phrase: string;
  /** How many meaningful words the phrase has. */
  length: number;
  skills: SkillGuess[];
  start: number;
  end: number;
}

interface Entry {
  stems: string[];
  targets: SkillGuess[];
  unless?: string[];
}

/** How many unimportant words may sit between two words of a phrase. */
const MAX_GAP = 1;
const GAP_DISCOUNT = 0.9;
const BARRIER = '\u0000';
const CONFIDENCE = { phrase: 0.9, word: 0.6, categoryPhrase: 0.5, categoryWord: 0.35 };

export class Vocabulary {
  private readonly byFirst = new Map<string, Entry[]>();
  /** Every stem a phrase uses: a word outside this set is not the vocabulary's to use. */
  readonly knownStems = new Set<string>();

  constructor(file: VocabularyFile) {
    const entries = new Map<string, Entry>();
    const ambiguous = new Set(file.ambiguous.map((a) => contentStems(a.phrase).join(' ')));
    const add = (phrase: string, targets: SkillGuess[], unless?: string[], isAmbiguous = false) => {
      const stems = contentStems(phrase);
      // "get more customers" without its small words is just "customers": it has lost its meaning.
      if (stems.length === 0 || (stems.length === 1 && words(phrase).length > 1 && !isAmbiguous))
        return;
      const key = stems.join(' ');
      // A listed ambiguous word is read only by its own rule.
      if (!isAmbiguous && ambiguous.has(key)) return;
      const entry = entries.get(key) ?? { stems, targets: [] };
      for (const t of targets) {
        const had = entry.targets.find((x) => x.slug === t.slug);
        if (!had) entry.targets.push({ ...t });
        else {
          had.confidence = Math.max(had.confidence, t.confidence);
          if (!t.broad) delete had.broad;
        }
      }
      if (unless) entry.unless = unless.flatMap((u) => contentStems(u));
      entries.set(key, entry);
    };
    for (const [slug, phrases] of Object.entries(file.skills)) {
      for (const p of phrases) {
        const n = contentStems(p).length;
        add(p, [{ slug, confidence: n > 1 ? CONFIDENCE.phrase : CONFIDENCE.word }]);
      }
    }
    for (const { skills, phrases } of Object.values(file.categories)) {
      for (const p of phrases) {
        const c = contentStems(p).length > 1 ? CONFIDENCE.categoryPhrase : CONFIDENCE.categoryWord;
        add(
          p,
          skills.map((slug, i) => ({ slug, confidence: i === 0 ? c : c * 0.8, broad: true })),
        );
      }
    }
    for (const a of file.ambiguous) {
      add(
        a.phrase,
        a.skills.map((slug) => ({ slug, confidence: a.confidence })),
        a.unless,
        true,
      );
    }
    for (const e of entries.values()) {
      if (e.targets.length === 0) continue;
      for (const s of e.stems) this.knownStems.add(s);
      const list = this.byFirst.get(e.stems[0]) ?? [];
      list.push(e);
      this.byFirst.set(e.stems[0], list);
    }
  }

  /**
   * Phrases found in `text`, longest first and never overlapping, with the skills they point at.
   * `masked` spans (characters) were already read as taxonomy skills.
   */
  match(text: string, masked: [number, number][] = []): PhraseMatch[] {
    const all = words(text);
    const isMasked = (w: Word) => masked.some(([s, e]) => w.start < e && w.end > s);
    // Words already read stay in place as barriers: a phrase never reaches across them.
    const content = all
      .filter((w) => !w.stop)
      .map((w) => (isMasked(w) ? { ...w, stem: BARRIER } : w));
    const found: { i: number; j: number; gaps: number; entry: Entry }[] = [];
    content.forEach((w, i) => {
      for (const entry of this.byFirst.get(w.stem) ?? []) {
        let j = i;
        let gaps = 0;
        for (const next of entry.stems.slice(1)) {
          let k = j + 1;
          const last = Math.min(content.length - 1, j + 1 + MAX_GAP);
          while (k <= last && content[k].stem !== next && content[k].stem !== BARRIER) k++;
          if (k > last || content[k].stem !== next) {
            j = -1;
            break;
          }
          gaps += k - j - 1;
          j = k;
        }
        if (j < 0) continue;
        // The phrase's own words and at most three small ones between them.
        if (all.indexOf(content[j]) - all.indexOf(w) + 1 > entry.stems.length + gaps + 3) continue;
        if (entry.unless && this.nearby(all, content[i], content[j], entry.unless)) continue;
        found.push({ i, j, gaps, entry });
      }
    });
    found.sort(
      (a, b) =>
        b.entry.stems.length - a.entry.stems.length ||
        a.gaps - b.gaps ||
        Math.max(...b.entry.targets.map((t) => t.confidence)) -
          Math.max(...a.entry.targets.map((t) => t.confidence)) ||
        a.i - b.i,
    );
    const taken = new Set<number>();
    const matches: PhraseMatch[] = [];
    for (const f of found) {
      const span = Array.from({ length: f.j - f.i + 1 }, (_, k) => f.i + k);
      if (span.some((k) => taken.has(k))) continue;
      for (const k of span) taken.add(k);
      const start = content[f.i].start;
      const end = content[f.j].end;
      matches.push({
        phrase: text.slice(start, end),
        length: f.entry.stems.length,
        skills: f.entry.targets.map((t) => ({
          ...t,
          confidence: round2(t.confidence * GAP_DISCOUNT ** f.gaps),
        })),
        start,
        end,
      });
    }
    return matches.sort((a, b) => a.start - b.start);
  }

  private nearby(all: Word[], first: Word, last: Word, unless: string[]): boolean {
    const from = all.indexOf(first);
    const to = all.indexOf(last);
    return all
      .slice(Math.max(0, from - 2), to + 3)
      .some((w) => w !== first && unless.includes(w.stem));
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

let cached: Vocabulary | undefined;

/** The phrasings of fixtures/vocabulary.json as they are written. */
export function vocabularyFile(): VocabularyFile {
  return JSON.parse(
    readFileSync(packagePath('fixtures', 'vocabulary.json'), 'utf8'),
  ) as VocabularyFile;
}

/** The vocabulary shipped in fixtures/, read once per process. */
export function loadVocabulary(): Vocabulary {
  cached ??= new Vocabulary(vocabularyFile());
  return cached;
}
