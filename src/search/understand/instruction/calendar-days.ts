import type { Token } from './tokens.js';

// Dates that are neither a month's name nor a count of days: a day written with slashes after a
// word of time ("by 1/15", "before 15/01/2027") and the days of the year people name ("before
// Christmas", "by the new year", "by the end of the year", "early next year").

export interface CalendarDay {
  length: number;
  iso: string;
  label: string;
}

// "Available 24/7" is no date: slashes are a date only after one of these.
const TIME_WORDS = new Set([
  'by',
  'before',
  'on',
  'from',
  'starting',
  'start',
  'until',
  'till',
  'date',
  ':',
]);

const iso = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

/** The next time a day of the year comes round, today counted. */
function nextOf(today: Date, m: number, d: number): string {
  const y = today.getUTCFullYear();
  const thisYear = Date.UTC(y, m, d) >= Date.UTC(y, today.getUTCMonth(), today.getUTCDate());
  return iso(thisYear ? y : y + 1, m, d);
}

/** "1/15", "15/01", "1/15/2027": one reading only (a day above 12 says which is which). */
function slashed(tokens: Token[], at: number, today: Date): CalendarDay | undefined {
  const [a, s1, b, s2, c] = tokens.slice(at, at + 5);
  if (a?.kind !== 'num' || s1?.norm !== '/' || b?.kind !== 'num' || a.money || b.money)
    return undefined;
  if (!TIME_WORDS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  const [x, y] = [a.value!, b.value!];
  const monthFirst = x >= 1 && x <= 12 && y >= 1 && y <= 31;
  const dayFirst = y >= 1 && y <= 12 && x >= 1 && x <= 31;
  // "3/4" could be either: no guess.
  if (monthFirst === dayFirst && !(x === y && monthFirst)) return undefined;
  const [m, d] = monthFirst ? [x, y] : [y, x];
  const year = s2?.norm === '/' && c?.kind === 'num' && c.value! >= 2000 ? c.value! : undefined;
  const length = year ? 5 : 3;
  const date = year ? iso(year, m - 1, d) : nextOf(today, m - 1, d);
  return {
    length,
    iso: date,
    label: tokens
      .slice(at, at + length)
      .map((t) => t.raw)
      .join(''),
  };
}

const NAMED: [string, (today: Date) => string][] = [
  ['christmas', (t) => nextOf(t, 11, 24)],
  ['xmas', (t) => nextOf(t, 11, 24)],
  ['the new year', (t) => iso(t.getUTCFullYear() + 1, 0, 1)],
  ["new year's", (t) => iso(t.getUTCFullYear() + 1, 0, 1)],
  ['new year', (t) => iso(t.getUTCFullYear() + 1, 0, 1)],
  ['new years', (t) => iso(t.getUTCFullYear() + 1, 0, 1)],
  ['the end of the year', (t) => iso(t.getUTCFullYear(), 11, 31)],
  ['end of the year', (t) => iso(t.getUTCFullYear(), 11, 31)],
  ['end of year', (t) => iso(t.getUTCFullYear(), 11, 31)],
  ['year end', (t) => iso(t.getUTCFullYear(), 11, 31)],
  ['year - end', (t) => iso(t.getUTCFullYear(), 11, 31)],
  ['early next year', (t) => iso(t.getUTCFullYear() + 1, 0, 15)],
  ['the start of next year', (t) => iso(t.getUTCFullYear() + 1, 0, 15)],
  ['the beginning of next year', (t) => iso(t.getUTCFullYear() + 1, 0, 15)],
];

/** Words that can begin a calendar day, for the date reader's one-lookup check. */
export const CALENDAR_STARTS = new Set(NAMED.map(([p]) => p.split(' ')[0]));

export function calendarDay(tokens: Token[], at: number, today: Date): CalendarDay | undefined {
  const slash = slashed(tokens, at, today);
  if (slash) return slash;
  // "Happy new year" is no deadline: a named day only after a word of time.
  if (!TIME_WORDS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  for (const [phrase, date] of NAMED) {
    const words = phrase.split(' ');
    if (words.every((w, k) => tokens[at + k]?.norm === w))
      return { length: words.length, iso: date(today), label: phrase };
  }
  return undefined;
}
