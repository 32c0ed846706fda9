import type { Item } from './items.js';
import { NUMBER_WORDS } from './lexicon.js';
import type { Token } from './tokens.js';

// Numbers as the recogniser reads them: digits with their signs ("$40", "4.5+", "90%"), and
// numbers in words ("forty-five", "four and a half", "a couple").

export function numberItem(t: Token): Item {
  return {
    k: 'num',
    value: t.value!,
    ...(t.money ? { money: true, unit: 'money' as const } : {}),
    ...(t.currency && t.currency !== 'USD' ? { currency: t.currency } : {}),
    ...(t.percent ? { unit: 'percent' as const } : {}),
    ...(t.star ? { unit: 'stars' as const } : {}),
    ...(t.plus ? { plus: true } : {}),
  };
}

// "Four and a half", "4 and a half", "four point five": the fraction belongs to the number.
export function fractionAt(
  tokens: Token[],
  at: number,
): { add: number; length: number } | undefined {
  const w = (k: number) => tokens[at + k]?.norm;
  if (w(0) === 'and' && w(1) === 'a' && w(2) === 'half') return { add: 0.5, length: 3 };
  if (w(0) === 'and' && w(1) === 'half') return { add: 0.5, length: 2 };
  if (w(0) === 'point') {
    const next = tokens[at + 1];
    const digit = next?.kind === 'num' ? next.value : NUMBER_WORDS[next?.norm ?? ''];
    if (digit !== undefined && digit >= 0 && digit <= 9 && Number.isInteger(digit))
      return { add: digit / 10, length: 2 };
  }
  return undefined;
}

// "5 grand", "fifteen hundred", "20 k": the word after a number multiplies it.
const SCALES: Record<string, { by: number; money?: boolean }> = {
  hundred: { by: 100 },
  thousand: { by: 1000 },
  k: { by: 1000 },
  grand: { by: 1000, money: true },
};

export function scaleAt(tokens: Token[], at: number): { by: number; money?: boolean } | undefined {
  const t = tokens[at];
  return t?.kind === 'word' ? SCALES[t.norm] : undefined;
}

// "By a third", "a quarter higher": a share of the value as it stands, said as a percentage.
const SHARES: Record<string, number> = { third: 100 / 3, quarter: 25, fifth: 20, tenth: 10 };

export function numberWordAt(
  tokens: Token[],
  at: number,
): { length: number; item: Item } | undefined {
  const first = tokens[at].norm;
  const share = SHARES[tokens[at + 1]?.norm ?? ''];
  if ((first === 'a' || first === 'one') && share)
    return { length: 2, item: { k: 'num', value: share, unit: 'percent' } };
  if (!(first in NUMBER_WORDS) && first !== 'a') return undefined;
  // "forty five", "forty-five".
  const tens = NUMBER_WORDS[tokens[at].norm];
  if (tens >= 20 && tens % 10 === 0) {
    const gap = tokens[at + 1]?.norm === '-' ? 1 : 0;
    const unit = NUMBER_WORDS[tokens[at + 1 + gap]?.norm ?? ''];
    if (unit >= 1 && unit <= 9) return { length: 2 + gap, item: { k: 'num', value: tens + unit } };
  }
  for (const n of [3, 2, 1]) {
    if (at + n > tokens.length) continue;
    const phrase = tokens
      .slice(at, at + n)
      .map((t) => t.norm)
      .join(' ');
    if (phrase in NUMBER_WORDS) return hundreds(tokens, at, n, NUMBER_WORDS[phrase]);
  }
  return undefined;
}

// "A hundred and twenty", "two hundred fifty", "one fifty" (spoken for 150): the hundreds and
// what follows them are one number.
function hundreds(
  tokens: Token[],
  at: number,
  length: number,
  value: number,
): { length: number; item: Item } {
  let n = length;
  let v = value;
  if (v >= 1 && v <= 9 && tokens[at + n]?.norm === 'hundred') {
    v *= 100;
    n++;
  }
  const and = v >= 100 && v % 100 === 0 && tokens[at + n]?.norm === 'and' ? 1 : 0;
  const rest = tokens[at + n + and] ? numberWordAt(tokens, at + n + and) : undefined;
  const tail = rest?.item.k === 'num' ? rest.item.value : undefined;
  if (v >= 100 && v % 100 === 0 && tail !== undefined && tail >= 1 && tail <= 99)
    return { length: n + and + rest!.length, item: { k: 'num', value: v + tail } };
  // "One fifty", "two twenty": a digit then tens, said for the hundreds.
  if (v >= 1 && v <= 9 && !and && tail !== undefined && tail >= 10 && tail <= 99 && tail % 10 === 0)
    return { length: n + rest!.length, item: { k: 'num', value: v * 100 + tail } };
  return { length: n, item: { k: 'num', value: v } };
}
