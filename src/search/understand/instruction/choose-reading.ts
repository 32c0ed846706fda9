import type { Item } from './items.js';
import { NUMBER_WORDS } from './lexicon.js';
import { numberWordAt } from './number-words.js';
import type { Token } from './tokens.js';

// Where a phrase has several readings in the lexicon, the words around it pick one.

/** Several readings of one phrase: the context picks ("hours" after a number is a unit). */
export function chooseReading(
  values: Item[],
  tokens: Token[],
  at: number,
  next: number,
  prev: Item | undefined,
): Item | undefined {
  const afterNumber = prev?.k === 'num';
  const following = tokens[next];
  const nextIsNumber =
    following?.kind === 'num' ||
    (following && following.norm in NUMBER_WORDS) ||
    (!!following && numberWordAt(tokens, next) !== undefined) ||
    (/^an?$/.test(following?.norm ?? '') && /^h(ou)?rs?$/.test(tokens[next + 1]?.norm ?? ''));
  // "$50 and up", "4.5 or more": these follow a number, or they are "and" and "or".
  const joiner = tokens[at].norm === 'and' || tokens[at].norm === 'or';
  if (!afterNumber && joiner && !values.some((v) => v.k === 'correct')) return undefined;
  if (afterNumber) {
    const unit = values.find((v) => v.k === 'num' && Number.isNaN(v.value));
    if (unit) return unit;
  }
  // "Based in either Spain or Portugal": after a word of place, "either" before an "or" only
  // heads the list ("either side" still allows).
  if (
    tokens[at].norm === 'either' &&
    /^(in|from|based|located|live|living)$/.test(tokens[at - 1]?.norm ?? '') &&
    tokens.slice(next, next + 5).some((t) => t.norm === 'or')
  )
    return { k: 'filler' };
  // "London hours", "on tokyo hours": the working day on that city's clock.
  if (
    (prev?.k === 'zone' || prev?.k === 'place') &&
    values.some((v) => v.k === 'field' && v.field === 'hours')
  )
    return { k: 'tz', workday: true };
  // "Add $10 to the max": an amount added to a value, never a skill list's "add".
  if (nextIsNumber && values.some((v) => v.k === 'mode' && v.mode === 'add'))
    return { k: 'comp', up: true };
  // "Two hours apart from London" is a distance in time, not "except London".
  if (tokens[at].norm === 'apart' && prev?.k === 'num' && prev.unit === 'hours')
    return { k: 'within' };
  // "within 2 hours of London" is a time-zone band; "within $50" and "within budget" a cap.
  // "within 2 hours", "within a couple of hours", "within 2-3 hrs".
  const hoursNext = tokens.slice(next + 1, next + 4).some((t) => /^h(ou)?rs?$|^h$/.test(t.norm));
  const within = values.find((v) => v.k === 'within');
  if (within && nextIsNumber && hoursNext) return within;
  for (const v of values) {
    if (v.k === 'num' && Number.isNaN(v.value)) continue;
    if (v.k === 'clear' && v.last && following && following.kind !== 'sep') return { k: 'filler' };
    if (v.k === 'dir' && v.dir === 'min' && tokens[next - 1]?.norm === 'from' && !nextIsNumber)
      continue;
    if (v.k === 'dir' && tokens[next - 1]?.norm === 'plus' && !afterNumber) continue;
    if (
      v.k === 'within' &&
      !nextIsNumber &&
      (tokens[at].norm === 'within' || tokens[at].norm === 'of')
    )
      continue;
    return v;
  }
  return undefined;
}
