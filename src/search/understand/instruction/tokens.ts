// The tokeniser: one pass over the characters, no regular expression that can backtrack. Words
// are lower-cased and accent-folded for matching and keep their raw spelling (names, "US").

export interface Token {
  kind: 'word' | 'num' | 'sep' | 'sym';
  /** Lower-case, accents removed, curly apostrophes straightened. */
  norm: string;
  raw: string;
  /** For numbers. */
  value?: number;
  money?: boolean;
  /** The currency written beside a number: "€60", "60£". */
  currency?: Currency;
  percent?: boolean;
  /** "4.5+", "10+": the number is a floor. */
  plus?: boolean;
  star?: boolean;
}

const LETTER = /\p{L}|\p{N}/u;
const DIGIT = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const SEPARATORS = new Set([',', ';', '.', '!', '?', ':', '\n', '(', ')', '[', ']', '|']);
const SYMBOLS = new Set([
  '-',
  '–',
  '−',
  '—',
  '/',
  '>',
  '<',
  '≥',
  '≤',
  '~',
  '=',
  '&',
  '+',
  '→',
  '#',
  '±',
]);
export type Currency = 'USD' | 'EUR' | 'GBP';
const CURRENCY = new Map<string, Currency>([
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
]);

const CODES = new Map<string, Currency>([
  ['usd', 'USD'],
  ['eur', 'EUR'],
  ['gbp', 'GBP'],
]);

export function foldWord(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'");
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let moneyNext: Currency | undefined;
  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (CURRENCY.has(c)) {
      moneyNext = CURRENCY.get(c);
      i++;
      continue;
    }
    if (DIGIT(c)) {
      let j = i;
      let digits = '';
      while (j < n) {
        if (DIGIT(text[j])) digits += text[j++];
        else if (
          text[j] === ',' &&
          DIGIT(text[j + 1]) &&
          DIGIT(text[j + 2]) &&
          DIGIT(text[j + 3]) &&
          !DIGIT(text[j + 4])
        )
          j++;
        else if (text[j] === '.' && DIGIT(text[j + 1]) && !digits.includes('.'))
          digits += text[j++];
        else break;
      }
      const tok: Token = {
        kind: 'num',
        norm: digits,
        raw: text.slice(i, j),
        value: Number(digits),
      };
      if (moneyNext) {
        tok.money = true;
        tok.currency = moneyNext;
      }
      moneyNext = undefined;
      if ((text[j] === 'k' || text[j] === 'K') && !isLetter(text[j + 1])) {
        tok.value = tok.value! * 1000;
        j++;
      }
      // Ordinal suffixes ("15th") belong to the number.
      const two = text.slice(j, j + 2).toLowerCase();
      if (['st', 'nd', 'rd', 'th'].includes(two) && !isLetter(text[j + 2])) j += 2;
      while (j < n) {
        const d = text[j];
        if (d === '%') tok.percent = true;
        else if (d === '+') tok.plus = true;
        else if (CURRENCY.has(d)) {
          tok.money = true;
          tok.currency = CURRENCY.get(d);
        } else if (d === '★' || d === '*') tok.star = true;
        else break;
        j++;
      }
      tok.raw = text.slice(i, j);
      out.push(tok);
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text[j];
        if (isLetter(d)) j++;
        // "TypeScript's nice to have": the "'s" is a word of its own ("is", or whose).
        else if (isApostrophe(d) && possessive(text, j)) break;
        else if ((d === '.' || isApostrophe(d)) && isLetter(text[j + 1])) j += 2;
        else if (d === '+' && text[j + 1] === '+') j += 2;
        else if (d === '#' && !isLetter(text[j + 1])) j++;
        else break;
      }
      // "U.S." and "U.K.": a trailing full stop after a one-letter part is part of the word; so
      // is the full stop of an initial after a name ("Daniel Y."), as the list shows names.
      if (text[j] === '.' && j - i >= 3 && text[j - 2] === '.') j++;
      else if (text[j] === '.' && j - i === 1 && c !== c.toLowerCase() && afterName(out)) j++;
      const raw = text.slice(i, j);
      // "EUR 40", "usd 50": a currency's code before a number is its sign.
      const code = CODES.get(raw.toLowerCase());
      if (code && /^ ?\d/.test(text.slice(j, j + 2))) {
        moneyNext = code;
        i = j;
        continue;
      }
      out.push({ kind: 'word', norm: foldWord(raw), raw });
      moneyNext = undefined;
      i = j;
      continue;
    }
    if (isApostrophe(c) && possessive(text, i)) {
      out.push({ kind: 'word', norm: "'s", raw: text.slice(i, i + 2) });
      i += 2;
      continue;
    }
    if (SEPARATORS.has(c)) out.push({ kind: 'sep', norm: c, raw: c });
    else if (SYMBOLS.has(c) || c === '%' || c === '★')
      out.push({ kind: 'sym', norm: c === '–' || c === '—' || c === '−' ? '-' : c, raw: c });
    i++;
  }
  return out;
}

const isApostrophe = (c: string | undefined) => c === "'" || c === '’';
/** "'s" at the end of a word. */
const possessive = (text: string, at: number) =>
  (text[at + 1] === 's' || text[at + 1] === 'S') &&
  !isLetter(text[at + 2]) &&
  (at === 0 || isLetter(text[at - 1]));

const afterName = (out: Token[]) => {
  const last = out[out.length - 1];
  return last?.kind === 'word' && last.raw.length > 1 && startsUpper(last);
};

/** Written with a capital: names and "US" are, pronouns and common words are not. */
export function startsUpper(t: Token): boolean {
  const c = t.raw[0];
  return c !== c.toLowerCase();
}
