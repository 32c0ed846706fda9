import { tokenise, type Token } from './tokens.js';

// Phrases of one or more words, found at a position in linear time: candidates are kept by their
// first word, longest first, so a lookup compares a handful of short word lists. A phrase may have
// several readings ("hours" after a number is a unit, elsewhere the name of a filter).

/** One entry per phrase of a `|`-separated list, all with the same reading. */
export const eachPhrase = <T>(phrases: string, value: T): [string, T][] =>
  phrases.split('|').map((phrase) => [phrase, value]);

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const words = tokenise(phrase).map((t) => t.norm);
    if (!words.length) return;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The words some phrase starts with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The longest phrase starting at `at`, with how many tokens it covers. */
  match(tokens: Token[], at: number): { length: number; value: T } | undefined {
    const list = this.byFirst.get(tokens[at].norm);
    if (!list) return undefined;
    for (const entry of list) {
      if (at + entry.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length && ok; k++) {
        ok = tokens[at + k].norm === entry.words[k];
      }
      if (ok) return { length: entry.words.length, value: entry.value };
    }
    return undefined;
  }

  /** Every reading of the phrase at `at` of the longest length. */
  matchAll(tokens: Token[], at: number): { length: number; values: T[] } | undefined {
    const list = this.byFirst.get(tokens[at].norm);
    if (!list) return undefined;
    let length = 0;
    const values: T[] = [];
    for (const entry of list) {
      if (entry.words.length < length) break;
      if (at + entry.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length && ok; k++) {
        ok = tokens[at + k].norm === entry.words[k];
      }
      if (ok) {
        length = entry.words.length;
        values.push(entry.value);
      }
    }
    return length ? { length, values } : undefined;
  }
}
