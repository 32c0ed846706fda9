import type { Period } from './items.js';
import type { Bound } from './numbers.js';
import type { Currency } from './tokens.js';

// Money said another way than US dollars an hour, turned into the hourly USD the filter holds.
// Euros and pounds at a fixed rate, rounded toward what the client said (a cap down, a floor up),
// and said in a notice; a day is 8 hours; a week or a month only where the hours a week are set,
// since "$3,000 a month" means nothing hourly without them. Otherwise the rate is left alone.

/** US dollars per unit, fixed here on purpose: a refinement must read the same every day. */
export const USD_PER: Record<Currency, number> = { USD: 1, EUR: 1.08, GBP: 1.27 };
const HOURS_A_DAY = 8;
const WEEKS_A_MONTH = 4.33;

export type Hourly = { value: number; note?: string } | { refused: string };

export function hourlyUsd(b: Bound, hoursPerWeek: number | undefined): Hourly {
  const currency = b.currency ?? 'USD';
  const hours = hoursOf(b.per, hoursPerWeek);
  if (hours === undefined)
    return {
      refused: `Left the rate as it is: "${b.text}" a ${b.per} needs the hours a week to become an hourly rate; send hourly_rate in USD an hour or availability.min_hours_per_week.`,
    };
  if (currency === 'USD' && hours === 1) return { value: b.value };
  const exact = (b.value * USD_PER[currency]) / hours;
  const value =
    b.dir === 'min' ? Math.ceil(exact) : b.dir === 'about' ? Math.round(exact) : Math.floor(exact);
  const said = `${symbol(currency)}${b.value}${b.per ? ` a ${b.per}` : ''}`;
  const how = [
    currency !== 'USD' ? `at ${symbol(currency)}1 = $${USD_PER[currency]}` : '',
    b.per ? `at ${hours} hours a ${b.per}` : '',
  ].filter(Boolean);
  return {
    value,
    note: `Read ${said} as $${value}/h (${how.join(', ')}); send hourly_rate in USD to be exact.`,
  };
}

function hoursOf(per: Period | undefined, hoursPerWeek: number | undefined): number | undefined {
  if (!per) return 1;
  if (per === 'day') return HOURS_A_DAY;
  if (hoursPerWeek === undefined) return undefined;
  return per === 'week' ? hoursPerWeek : Math.round(hoursPerWeek * WEEKS_A_MONTH);
}

const symbol = (c: Currency) => (c === 'EUR' ? '€' : c === 'GBP' ? '£' : '$');
