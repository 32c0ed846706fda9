import { eachPhrase, PhraseTable } from './phrase-table.js';
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

type DayOf = (today: Date) => string;
const christmas: DayOf = (t) => nextOf(t, 11, 24);
const newYear: DayOf = (t) => iso(t.getUTCFullYear() + 1, 0, 1);
const yearEnd: DayOf = (t) => iso(t.getUTCFullYear(), 11, 31);
const earlyNextYear: DayOf = (t) => iso(t.getUTCFullYear() + 1, 0, 15);

const NAMED = new PhraseTable<{ label: string; date: DayOf }>();
for (const [phrases, date] of [
  ['christmas|xmas', christmas],
  ["the new year|new year's|new year|new years", newYear],
  ['the end of the year|end of the year|end of year|year end|year-end', yearEnd],
  ['early next year|the start of next year|the beginning of next year', earlyNextYear],
] as const) {
  for (const [phrase, d] of eachPhrase(phrases, date))
    NAMED.add(phrase, { label: phrase, date: d });
}

/** Words that can begin a calendar day, for the date reader's one-lookup check. */
export const CALENDAR_STARTS = new Set(NAMED.firstWords());

export function calendarDay(tokens: Token[], at: number, today: Date): CalendarDay | undefined {
  const slash = slashed(tokens, at, today);
  if (slash) return slash;
  // "Happy new year" is no deadline: a named day only after a word of time.
  if (!TIME_WORDS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  const named = NAMED.match(tokens, at);
  return named && { length: named.length, iso: named.value.date(today), label: named.value.label };
}
