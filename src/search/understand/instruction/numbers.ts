import type { Clause } from './clauses.js';
import type { Field, ItemOf, Measure, Period, Unit } from './items.js';
import type { Currency } from './tokens.js';
import { directionOf } from './directions.js';

export type { Measure } from './items.js';

// Numbers in a clause, each with what it measures and which way it points: "nobody above $45"
// is a maximum of 45 dollars; "4.5+ stars" a minimum of 4.5 stars; "$40-60" both.

export interface Bound {
  measure: Measure;
  dir: 'max' | 'min' | 'about' | 'none';
  value: number;
  text: string;
  /** Where the number is in the clause. */
  at: number;
  /** Money in another currency, or by the day, week or month: converted where it is applied. */
  currency?: Currency;
  per?: Period;
  /** Said as money ("$10", "10 dollars"), for an amount that names no field ("$10 off"). */
  money?: boolean;
  /** Said as a share ("10%", "10 percent", "a third"): of the value as it stands. */
  percent?: boolean;
}

const FIELD_MEASURE: Partial<Record<Field, Measure>> = {
  rate: 'rate',
  rating: 'rating',
  job_success: 'job_success',
  jobs: 'jobs',
  hours: 'hours_week',
  budget: 'budget',
  experience: 'years',
  duration: 'duration',
};

interface ClauseFacts {
  tzContext: boolean;
  rateRelative: boolean;
  /** A relative change ("cheaper", "double", "raise ... by"): a number after "by" is its amount. */
  relative: boolean;
  budget: boolean;
  /** The first field named that gives a bare number its measure. */
  fieldMeasure?: Measure;
  /** "Day rate", "monthly budget": money in the clause is by that period. */
  per?: Period;
  /** A comparative that moves a value ("extra", "raise"), not a complaint about it. */
  moves: boolean;
  complaint?: boolean;
}

function factsOf(clause: Clause): ClauseFacts {
  const facts: ClauseFacts = {
    tzContext: false,
    rateRelative: false,
    relative: false,
    budget: false,
    moves: false,
  };
  const rateNamed = clause.reads.some((r) => r.item.k === 'field' && r.item.field === 'rate');
  for (const { item } of clause.reads) {
    if (item.k === 'rel' || item.k === 'comp') facts.relative = true;
    if (item.k === 'comp' && !item.complaint && !item.factor) facts.moves = true;
    if ((item.k === 'comp' || item.k === 'rel') && item.complaint) facts.complaint = true;
    if (item.k === 'comp' && rateNamed) facts.rateRelative = true;
    if (item.k === 'tz' || item.k === 'overlap' || item.k === 'zone' || item.k === 'within')
      facts.tzContext = true;
    if (item.k === 'rel' && item.field === 'rate') facts.rateRelative = true;
    if (item.k === 'field') {
      if (item.field === 'budget') facts.budget = true;
      facts.per ??= item.per;
      facts.fieldMeasure ??= FIELD_MEASURE[item.field];
    }
  }
  facts.fieldMeasure ??= clause.carried;
  if (clause.carriedClock) facts.tzContext = true;
  return facts;
}

function measureOf(
  unit: Unit | undefined,
  facts: ClauseFacts,
  value: number,
  money: boolean,
  said: 'by' | 'to' | undefined,
  per?: Period,
  directed = false,
): Measure | undefined {
  const { tzContext } = facts;
  // "lower the cap to $40" names the new cap; "by $10", "$10 cheaper" and "20% cheaper" the change.
  if (facts.relative && (said === 'by' || (said !== 'to' && unit === 'percent'))) return 'amount';
  if (facts.rateRelative && said !== 'to' && (unit === 'money' || money)) return 'amount';
  // "An extra $20", "push that up $15": money beside a comparative, with no way of its own, is
  // the change ("raise it to $60" and "more than $60" are values).
  if (facts.moves && !facts.complaint && !directed && said !== 'to' && (unit === 'money' || money))
    return 'amount';
  switch (unit) {
    case 'money':
      return per ? 'rate' : value > 1000 || facts.budget ? 'budget' : 'rate';
    case 'stars':
      return 'rating';
    case 'percent':
      // A percentage is a job success score unless the clause names another field ("10% off
      // the rate" without a way to change it is left unread, never read as job success).
      return facts.fieldMeasure && facts.fieldMeasure !== 'job_success' ? undefined : 'job_success';
    case 'jobs':
      return 'jobs';
    case 'hours_week':
      return 'hours_week';
    case 'hours':
      return tzContext ? 'overlap' : 'hours_week';
    case 'years':
      return 'years';
    case 'weeks':
    case 'months':
      return 'duration';
    case 'days':
      return undefined;
  }
  // "A 5k budget" is the project's, never an hourly rate.
  if (facts.fieldMeasure === 'rate' && value > 1000) return 'budget';
  if (facts.fieldMeasure) return facts.fieldMeasure;
  if (value >= 1 && value <= 5 && !Number.isInteger(value)) return 'rating';
  if (value >= 10 && value <= 1000) return 'rate';
  return undefined;
}

const cache = new WeakMap<Clause, Bound[]>();

/** A clause that only bounds a bare number ("no more than 50") measures what the one before did. */
export function carryMeasure(from: Clause, to: Clause): void {
  // "Some overlap with Sydney, say 3 hours": hours after a clause about a clock are on that clock.
  if (numbersOnly(to) && factsOf(from).tzContext) to.carriedClock = true;
  const bare = to.reads.every(({ item }) =>
    item.k === 'num'
      ? item.unit === undefined && !item.money
      : !['field', 'rel', 'comp'].includes(item.k),
  );
  if (!bare || !to.reads.some((r) => r.item.k === 'dir')) return;
  const last = boundsOf(from).at(-1);
  if (last && last.measure !== 'amount') to.carried = last.measure;
}

/** The bounds a clause states, in order. Units written after a number are folded into it. */
export function boundsOf(clause: Clause): Bound[] {
  let bounds = cache.get(clause);
  if (!bounds) {
    bounds = readBounds(clause);
    cache.set(clause, bounds);
  }
  return bounds;
}

function readBounds(clause: Clause): Bound[] {
  const reads = clause.reads;
  const facts = factsOf(clause);
  const bounds: Bound[] = [];
  const used = new Set<number>();
  for (let i = 0; i < reads.length; i++) {
    const item = reads[i].item;
    if (item.k !== 'num' || Number.isNaN(item.value)) continue;
    const said = unitsAfter(reads, i, facts.per);
    // "8 hours a day overlap with London": hours a day beside a clock are its hours.
    if (said.daily && facts.tzContext) [said.unit, said.daily] = ['hours', false];
    const { unit, end } = said;
    // A range "40-60", "40 to 60 dollars" or "between 40 and 60".
    const next = reads[end + 1]?.item;
    const second = reads[end + 2]?.item;
    if (
      (next?.k === 'range' || (next?.k === 'conj' && betweenBefore(reads, i))) &&
      second?.k === 'num' &&
      !Number.isNaN(second.value)
    ) {
      const said2 = unitsAfter(reads, end + 2, facts.per);
      const money = { currency: said.currency ?? said2.currency, per: said.per ?? said2.per };
      const measure = measureOf(
        unit ?? said2.unit,
        facts,
        second.value,
        !!(item.money || second.money),
        undefined,
        money.per,
      );
      if (measure) {
        const extra = measure === 'rate' ? defined(money) : {};
        bounds.push({
          measure,
          dir: 'min',
          value: item.value,
          text: reads[i].text,
          at: i,
          ...extra,
        });
        bounds.push({
          measure,
          dir: 'max',
          value: second.value,
          text: reads[end + 2].text,
          at: end + 2,
          ...extra,
        });
        used.add(i).add(end + 2);
        i = said2.end;
        continue;
      }
    }
    // "$10 off", "15% off the rate": the number is taken off, as "by" says.
    const off = reads[end + 1]?.item.k === 'comp' && reads[end + 1].text.toLowerCase() === 'off';
    const how = off ? 'by' : saidWith(reads, i);
    const dir = directionOf(clause, i, end, item);
    // "Show me 10 more", "10 more jobs": a count, never a rate.
    const next1 = reads[end + 1];
    const counted =
      !unit &&
      !item.money &&
      !facts.fieldMeasure &&
      dir === 'none' &&
      (/^(more|fewer|less)$/i.test(next1?.text ?? '') ||
        (next1?.item.k === 'rel' && next1.item.field !== 'rate'));
    const measure = counted
      ? undefined
      : measureOf(unit, facts, item.value, !!item.money, how, said.per, dir !== 'none');
    if (!measure) continue;
    bounds.push({
      measure,
      dir,
      value: said.daily && measure === 'hours_week' ? item.value * 5 : item.value,
      text: reads[i].text,
      at: i,
      ...(measure === 'rate' ? defined({ currency: said.currency, per: said.per }) : {}),
      ...(item.money || unit === 'money' ? { money: true } : {}),
      ...(unit === 'percent' ? { percent: true } : {}),
    });
  }
  return bounds;
}

const PERIOD_OF: Partial<Record<Unit, Period>> = {
  days: 'day',
  weeks: 'week',
  hours_week: 'week',
  months: 'month',
};

/** The units said after a number ("euros an hour", "a day"), and where they end. */
function unitsAfter(reads: Clause['reads'], at: number, fieldPer: Period | undefined) {
  const item = reads[at].item as ItemOf<'num'>;
  let unit = item.unit;
  let currency = item.currency;
  let per: Period | undefined;
  let end = at;
  let daily = false;
  for (let k = at + 1; k < reads.length && k <= at + 3; k++) {
    const u = reads[k].item;
    if (u.k === 'num' && Number.isNaN(u.value)) {
      unit ??= u.unit;
      currency ??= u.currency;
      if (u.unit === 'hours_week' && unit === 'hours') unit = 'hours_week';
      // "4 hours a day": a working week of five such days.
      else if (u.unit === 'days' && unit === 'hours') [unit, daily] = ['hours_week', true];
      else if ((item.money || unit === 'money') && u.unit) per ??= PERIOD_OF[u.unit];
      end = k;
      // "10 more dollars", "5 extra bucks": the unit after the comparative is the number's.
      // "3 overlapping hours": the unit after the overlap is the number's.
    } else if (u.k !== 'filler' && u.k !== 'overlap' && !(u.k === 'comp' && !u.factor)) break;
  }
  if (item.money || unit === 'money' || fieldPer) per ??= fieldPer;
  return { unit, end, currency, per, daily };
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** "by" or "to" just before a number, as a word of its own or the end of a phrase ("limit to"). */
function saidWith(reads: Clause['reads'], i: number): 'by' | 'to' | undefined {
  const words = reads[i - 1]?.text.toLowerCase().split(' ');
  const last = words?.[words.length - 1];
  return last === 'by' || last === 'to' ? last : undefined;
}

function betweenBefore(reads: Clause['reads'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (reads[k].item.k === 'between') return true;
  return false;
}

/** A clause of numbers and units with no field or thing named ("say 3 hours", "2 is enough"). */
export const numbersOnly = (c: Clause) =>
  c.reads.every(({ item }) => ['word', 'filler', 'dir', 'num', 'mode', 'conj'].includes(item.k));
