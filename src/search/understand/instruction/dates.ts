import { CALENDAR_STARTS, calendarDay } from './calendar-days.js';
import { NUMBER_WORDS } from './lexicon.js';
import { PhraseTable } from './phrase-table.js';
import type { Token } from './tokens.js';

// Dates said in words, resolved against today: "next week", "in January", "ASAP", "by March 15",
// "within two weeks". A month that has passed this year means next year's.

export interface DateRead {
  length: number;
  iso: string;
  label: string;
}

const MONTHS: Record<string, number> = {
  january: 0,
  jan: 0,
  february: 1,
  feb: 1,
  march: 2,
  mar: 2,
  april: 3,
  apr: 3,
  may: 4,
  june: 5,
  jun: 5,
  july: 6,
  jul: 6,
  august: 7,
  aug: 7,
  september: 8,
  sept: 8,
  sep: 8,
  october: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};
const SHORT_MONTHS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};
const NOW_PHRASES = [
  'asap',
  'a.s.a.p.',
  'as soon as possible',
  'immediately',
  'right away',
  'right now',
  'today',
  'start now',
  'available now',
  'starting now',
  'straight away',
  'at once',
  'urgently',
  'urgent',
  'immediate start',
  'now',
];
const MONTH_LEAD: Record<string, 'first' | 'last' | 'early' | 'mid' | 'late'> = {
  by: 'first',
  before: 'first',
  until: 'first',
  in: 'last',
  during: 'last',
  within: 'last',
  from: 'last',
  early: 'early',
  mid: 'mid',
  late: 'late',
  end: 'late',
  beginning: 'early',
  around: 'mid',
  sometime: 'last',
};

const nowPhrases = new PhraseTable<true>();
for (const p of NOW_PHRASES) nowPhrases.add(p, true);

// Words a date phrase can start with: anything else is not a date, checked in one lookup.
const DATE_START = new Set([
  ...NOW_PHRASES.map((p) => p.split(' ')[0]),
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS),
  ...Object.keys(MONTH_LEAD),
  ...CALENDAR_STARTS,
  'tomorrow',
  'this',
  'next',
  'end',
  'the',
  'on',
]);

const DAY_MS = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const utcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0));

function words(tokens: Token[], at: number, n: number): string {
  let s = tokens[at]?.norm ?? '';
  for (let k = 1; k < n && at + k < tokens.length; k++) s += ' ' + tokens[at + k].norm;
  return s;
}

function numberAt(tokens: Token[], at: number): { value: number; length: number } | undefined {
  const t = tokens[at];
  if (!t) return undefined;
  if (t.kind === 'num') return { value: t.value!, length: 1 };
  for (const n of [3, 2, 1]) {
    const phrase = words(tokens, at, n);
    if (phrase in NUMBER_WORDS && tokens.length >= at + n)
      return { value: NUMBER_WORDS[phrase], length: n };
  }
  if (t.norm === 'a' || t.norm === 'an') return { value: 1, length: 1 };
  return undefined;
}

/** A date phrase starting at `at`, if there is one. */
export function readDate(tokens: Token[], at: number, today: Date): DateRead | undefined {
  const day = utcDay(today);
  const t = tokens[at];
  if (t.kind !== 'num' && !DATE_START.has(t.norm)) return undefined;
  const dow = ((day.getUTCDay() + 6) % 7) + 1;
  const now = nowPhrases.match(tokens, at);
  if (now) {
    const bare = t.norm === 'now' && now.length === 1;
    if (!bare || ['available', 'start', 'starting', 'from'].includes(tokens[at - 1]?.norm ?? ''))
      return { length: now.length, iso: iso(day), label: 'now' };
  }
  if (t.norm === 'tomorrow') return { length: 1, iso: iso(addDays(day, 1)), label: 'tomorrow' };
  const two = words(tokens, at, 2);
  const three = words(tokens, at, 3);
  if (two === 'this week')
    return { length: 2, iso: iso(addDays(day, 7 - dow)), label: 'this week' };
  if (two === 'next week' || three === 'early next week')
    return {
      length: two === 'next week' ? 2 : 3,
      iso: iso(addDays(day, 14 - dow)),
      label: 'next week',
    };
  if (
    two === 'this month' ||
    three === 'end of month' ||
    words(tokens, at, 4) === 'end of the month'
  ) {
    const n = two === 'this month' ? 2 : three === 'end of month' ? 3 : 4;
    return {
      length: n,
      iso: iso(monthEnd(day.getUTCFullYear(), day.getUTCMonth())),
      label: 'this month',
    };
  }
  if (two === 'next month')
    return {
      length: 2,
      iso: iso(monthEnd(day.getUTCFullYear(), day.getUTCMonth() + 1)),
      label: 'next month',
    };
  // "in 2 weeks", "within ten days", "in a couple of weeks".
  if (t.norm === 'in' || t.norm === 'within') {
    // "within the next 10 days", "in the coming two weeks".
    const skip =
      tokens[at + 1]?.norm === 'the' && ['next', 'coming'].includes(tokens[at + 2]?.norm) ? 2 : 0;
    const num = numberAt(tokens, at + 1 + skip);
    const unit = num && tokens[at + 1 + skip + num.length]?.norm;
    const days = unit?.startsWith('day')
      ? 1
      : unit?.startsWith('week')
        ? 7
        : unit?.startsWith('month')
          ? 30
          : 0;
    if (num && days) {
      return {
        length: 2 + skip + num.length,
        iso: iso(addDays(day, Math.round(num.value * days))),
        label: words(tokens, at, 2 + skip + num.length),
      };
    }
  }
  // A weekday: "by Monday", "next Friday".
  const lead = t.norm === 'by' || t.norm === 'next' || t.norm === 'on' || t.norm === 'this' ? 1 : 0;
  const weekday = WEEKDAYS[tokens[at + lead]?.norm ?? ''];
  if (weekday) {
    const ahead = (weekday - dow + 7) % 7 || 7;
    return { length: lead + 1, iso: iso(addDays(day, ahead)), label: words(tokens, at, lead + 1) };
  }
  return readMonth(tokens, at, day) ?? ordinalDay(t, day) ?? calendarDay(tokens, at, day);
}

/** "Starting the 15th": the next 15th, never a number of dollars. */
function ordinalDay(t: Token, day: Date): DateRead | undefined {
  const n = t.value ?? 0;
  if (t.kind !== 'num' || t.money || !/^\d{1,2}(st|nd|rd|th)$/i.test(t.raw) || n < 1 || n > 31)
    return undefined;
  const [y, m] = [day.getUTCFullYear(), day.getUTCMonth()];
  const next =
    n >= day.getUTCDate() ? new Date(Date.UTC(y, m, n)) : new Date(Date.UTC(y, m + 1, n));
  return { length: 1, iso: iso(next), label: t.raw };
}

function readMonth(tokens: Token[], at: number, day: Date): DateRead | undefined {
  let i = at;
  let kind: 'first' | 'last' | 'early' | 'mid' | 'late' | undefined;
  // "by the end of January", "in early March", "by mid-April".
  while (i < tokens.length && i < at + 4) {
    const w = tokens[i].norm;
    // The more precise word wins: "by the end of January" is late January, not its first day.
    if (w in MONTH_LEAD && (!kind || kind === 'first' || kind === 'last')) kind = MONTH_LEAD[w];
    else if (w !== 'the' && w !== 'of' && w !== '-') break;
    i++;
  }
  // "15 March".
  let leadingDay: number | undefined;
  const maybeDay = tokens[i];
  if (
    maybeDay?.kind === 'num' &&
    maybeDay.value! >= 1 &&
    maybeDay.value! <= 31 &&
    MONTHS[tokens[i + 1]?.norm ?? ''] !== undefined
  ) {
    leadingDay = maybeDay.value!;
    i++;
  }
  const name = tokens[i]?.norm ?? '';
  const month = MONTHS[name];
  if (month === undefined) return undefined;
  const next = tokens[i + 1];
  const dayNum =
    next?.kind === 'num' && next.value! >= 1 && next.value! <= 31 ? next.value! : undefined;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const dayBefore = leadingDay;
  void prev;
  // "may" and "jan" are words and names first: a month only with a lead word or a day.
  if (
    (name === 'may' || SHORT_MONTHS.has(name)) &&
    !kind &&
    dayNum === undefined &&
    dayBefore === undefined
  )
    return undefined;
  let year = day.getUTCFullYear();
  const chosenDay = dayNum ?? dayBefore;
  const begin = at;
  const length = i + 1 + (dayNum !== undefined ? 1 : 0) - begin;
  const target = (y: number) => {
    if (chosenDay !== undefined) return new Date(Date.UTC(y, month, chosenDay));
    switch (kind) {
      case 'first':
        return new Date(Date.UTC(y, month, 1));
      case 'early':
        return new Date(Date.UTC(y, month, 10));
      case 'mid':
        return new Date(Date.UTC(y, month, 15));
      default:
        return monthEnd(y, month);
    }
  };
  if (target(year).getTime() < day.getTime()) year++;
  const date = target(year);
  return { length, iso: iso(date), label: words(tokens, begin, length) };
}
