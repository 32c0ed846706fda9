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
    if (phrase in NUMBER_WORDS)
      return { length: n, item: { k: 'num', value: NUMBER_WORDS[phrase] } };
  }
  return undefined;
}
