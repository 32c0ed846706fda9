import type { Item } from './items.js';
import type { Token } from './tokens.js';

// Times in a refinement's tokens: UTC offsets ("UTC+2", "GMT-5:30"), ISO dates, and whether the
// words around a city are about time, so that a city written in lower case is read as a zone.

export interface TimeReading {
  length: number;
  item: Item;
}

// A city written in lower case is read only where the words around it are about time ("overlap
// with new york", "on london hours"): "nice", "reading" or "mobile" are words first.
const TIME_WORDS = new Set([
  'overlap',
  'overlapping',
  'overlaps',
  'time',
  'timezone',
  'tz',
  'zone',
  'business',
  'office',
  'working',
  'workday',
  'ahead',
  'behind',
]);
const HOURS = new Set(['hours', 'hrs', 'hour', 'hr']);

// "We're in berlin": the client says where they are, which only ever measures time.
const OURS = new Set(["we're", 'were', "i'm", 'im', 'we', 'i', 'our']);

export function aboutTime(tokens: Token[], at: number, length: number): boolean {
  if (HOURS.has(tokens[at + length]?.norm)) return true;
  if (OURS.has(tokens[at - 2]?.norm ?? '') && tokens[at - 1]?.norm === 'in') return true;
  // "within 2 hours of london", "3h with new york".
  const before = tokens[at - 2]?.norm ?? '';
  if ((HOURS.has(before) || before === 'h') && /^(of|with|from|to)$/.test(tokens[at - 1]?.norm))
    return true;
  for (let k = Math.max(0, at - 6); k < Math.min(tokens.length, at + length + 3); k++)
    if ((k < at || k >= at + length) && TIME_WORDS.has(tokens[k].norm)) return true;
  return false;
}

export function utcOffsetAt(tokens: Token[], at: number): TimeReading | undefined {
  const t = tokens[at];
  if (t.norm !== 'utc' && t.norm !== 'gmt') return bareOffsetAt(tokens, at);
  const sign = tokens[at + 1];
  const num = tokens[at + 2];
  if (sign?.kind === 'sym' && (sign.norm === '+' || sign.norm === '-') && num?.kind === 'num') {
    let offset = num.value!;
    let length = 3;
    const colon = tokens[at + 3];
    const minutes = tokens[at + 4];
    if (colon?.norm === ':' && minutes?.kind === 'num') {
      offset += minutes.value! / 60;
      length = 5;
    }
    if (offset > 14) return undefined;
    const signed = sign.norm === '-' ? -offset : offset;
    return { length, item: { k: 'zone', offset: signed, label: `UTC${sign.norm}${num.raw}` } };
  }
  if (t.norm === 'utc') return { length: 1, item: { k: 'zone', offset: 0, label: 'UTC' } };
  return undefined;
}

const UTC = new Set(['utc', 'gmt']);
const RANGE_WORDS = new Set(['to', 'and', 'or', 'through', 'till', 'until', '–', '/']);

// "UTC+2 to +5", "+1 to +3 UTC": a signed number beside a UTC offset is an offset too. A minus
// only after a word of range ("UTC-5 to -3"), since "UTC+1-3" may be a range of its own.
function bareOffsetAt(tokens: Token[], at: number): TimeReading | undefined {
  const [sign, num] = [tokens[at], tokens[at + 1]];
  if (sign.kind !== 'sym' || (sign.norm !== '+' && sign.norm !== '-') || num?.kind !== 'num')
    return undefined;
  if (sign.norm === '-' && !RANGE_WORDS.has(tokens[at - 1]?.norm ?? '')) return undefined;
  const near = tokens.slice(Math.max(0, at - 5), at + 6).some((x) => UTC.has(x.norm));
  if (!near || num.value! > 14 || tokens[at + 2]?.norm === '/') return undefined;
  // "+3 UTC": the name after it is part of the offset.
  const length = UTC.has(tokens[at + 2]?.norm ?? '') ? 3 : 2;
  const offset = sign.norm === '-' ? -num.value! : num.value!;
  return { length, item: { k: 'zone', offset, label: `UTC${sign.norm}${num.raw}` } };
}

export function isoDateAt(tokens: Token[], at: number): string | undefined {
  const [y, d1, m, d2, d] = tokens.slice(at, at + 5);
  if (!d || y.raw.length !== 4 || d1.norm !== '-' || d2.norm !== '-') return undefined;
  if (m.kind !== 'num' || d.kind !== 'num' || m.raw.length !== 2 || d.raw.length !== 2)
    return undefined;
  return `${y.raw}-${m.raw}-${d.raw}`;
}
