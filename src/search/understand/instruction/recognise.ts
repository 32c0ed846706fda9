import { readDate } from './dates.js';
import type { Item, Read } from './items.js';
import { chooseReading } from './choose-reading.js';
import { CLAUSE_WORDS } from './lexicon.js';
import { fractionAt, numberItem, numberWordAt, scaleAt } from './number-words.js';
import type { Token } from './tokens.js';
import { startsUpper, tokenise } from './tokens.js';
import { personAt, personTable } from './people.js';
import { aboutTime, isoDateAt, utcOffsetAt } from './recognise-time.js';
import { nearLanguage } from './language-levels.js';
import { PRAISE_LEVELS } from './languages.js';
import { mendSkill, skillAt } from './skill-slips.js';
import { mendWord } from './typos.js';
import type { Vocabulary } from './vocabulary.js';

// Tokens to items, left to right, taking the longest reading at each place. Every step looks at
// a bounded window (at most a few words), so the whole pass is linear in the length of the text.

export interface RecogniseContext {
  today: Date;
  /** The canonical name of a skill written this way, if the taxonomy has it. */
  resolveSkill: (written: string) => string | undefined;
  /** People on the current list, in rank order. */
  people: { id: string; name: string }[];
  /** Filled with the slips read as another word, as [written, read]. */
  mended?: [string, string][];
  /** The skills the criteria hold, lower case: "forget sketch" is Sketch when Sketch is asked for. */
  held?: Set<string>;
  /** The criteria ask for a language: "make it fluent" is its level. */
  languageHeld?: boolean;
}

interface Reading {
  length: number;
  item: Item;
}

export function recognise(text: string, vocab: Vocabulary, ctx: RecogniseContext): Read[] {
  const tokens = tokenise(text);
  const isSkill = (w: string) => ctx.resolveSkill(w) !== undefined;
  const people = personTable(ctx.people);
  const out: Read[] = [];
  const push = (item: Item, from: number, length: number) =>
    out.push({
      item,
      text: tokens
        .slice(from, from + length)
        .map((t) => t.raw)
        .join(' '),
    });
  // The item before, looking past one filler: "$600 a day" reads "day" as the unit of 600.
  // So does "10 more dollars": the unit after the comparative is the number's.
  const prevItem = () => {
    const last = out[out.length - 1]?.item;
    const before = out[out.length - 2]?.item;
    // So does "3 overlapping hours": the hours are the number's.
    const skip =
      last?.k === 'filler' ||
      ((last?.k === 'comp' || last?.k === 'overlap') && before?.k === 'num');
    return skip ? before : last;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t.kind === 'sep') {
      push({ k: 'sep', strong: true }, i, 1);
      i++;
      continue;
    }
    if (t.kind === 'num') {
      const iso = isoDateAt(tokens, i);
      if (iso) {
        push({ k: 'date', iso, label: iso }, i, 5);
        i += 5;
        continue;
      }
      const date = readDate(tokens, i, ctx.today);
      if (date) {
        push({ k: 'date', iso: date.iso, label: date.label }, i, date.length);
        i += date.length;
        continue;
      }
      // "Available 24/7": round the clock, no number of anything.
      if (t.value === 24 && tokens[i + 1]?.norm === '/' && tokens[i + 2]?.value === 7) {
        push({ k: 'filler' }, i, 3);
        i += 3;
        continue;
      }
      // "Rates in the 40s": from 40 to 49, never a cap at 40.
      const decade = t.value! % 10 === 0 && t.value! >= 10 && t.value! < 1000;
      const item = numberItem(t);
      if (
        decade &&
        item.k === 'num' &&
        tokens[i + 1]?.norm === 's' &&
        tokens[i - 1]?.norm === 'the'
      ) {
        push(item, i, 1);
        push({ k: 'range' }, i + 1, 1);
        push({ ...item, value: t.value! + 9 }, i + 1, 1);
        i += 2;
        continue;
      }
      const frac = fractionAt(tokens, i + 1);
      if (frac && item.k === 'num') item.value += frac.add;
      let length = 1 + (frac?.length ?? 0) + scaled(item, tokens, i + 1 + (frac?.length ?? 0));
      // "40ish", "40-ish": about 40.
      const ish = tokens[i + length]?.norm === '-' ? 1 : 0;
      if (tokens[i + length + ish]?.norm === 'ish' && item.k === 'num') {
        item.approx = true;
        length += 1 + ish;
      }
      push(item, i, length);
      i += length;
      continue;
    }
    const readings: Reading[] = [];
    const person = personAt(tokens, i, people, ctx.people);
    if (person) readings.push(person);
    const date = readDate(tokens, i, ctx.today);
    if (date)
      readings.push({ length: date.length, item: { k: 'date', iso: date.iso, label: date.label } });
    const offset = utcOffsetAt(tokens, i);
    if (offset) readings.push(offset);
    const zone = vocab.zones.match(tokens, i);
    // "ET" is Eastern Time only in capitals ("et al" is Latin).
    const capsOnly = tokens[i].norm === 'et' && tokens[i].raw !== 'ET';
    if (
      zone &&
      !capsOnly &&
      (zone.value.k !== 'zone' ||
        !zone.value.countries ||
        zone.value.plain ||
        startsUpper(tokens[i]) ||
        aboutTime(tokens, i, zone.length))
    )
      readings.push({ length: zone.length, item: zone.value });
    const place = vocab.places.match(tokens, i);
    if (place && placeAllowed(tokens, i, place.length))
      readings.push({ length: place.length, item: place.value });
    const lang = vocab.languages.match(tokens, i);
    if (lang) readings.push({ length: lang.length, item: lang.value });
    const level = vocab.levels.match(tokens, i);
    // With a language asked for, a level alone is its level, unless a skill or an app follows
    // ("native iOS", "native apps") or it is everyday praise ("these look good", "perfect").
    const after = tokens[i + (level?.length ?? 0)];
    const levelAlone =
      !!ctx.languageHeld &&
      !PRAISE_LEVELS.has(t.norm) &&
      !(after && (isSkill(after.raw) || /^(apps?|mobile|ios|android|dev)/.test(after.norm)));
    if (level && (levelAlone || nearLanguage(tokens, i, level.length, vocab, out)))
      readings.push({ length: level.length, item: { k: 'level', level: level.value } });
    // "An overlap of 3 hours" is how much overlap, never a band of 3 hours around a place.
    if (t.norm === 'of' && prevItem()?.k === 'overlap') {
      push({ k: 'filler' }, i, 1);
      i++;
      continue;
    }
    const words = vocab.words.matchAll(tokens, i);
    if (words) {
      const item = chooseReading(words.values, tokens, i, i + words.length, prevItem());
      if (item) readings.push({ length: words.length, item });
    }
    const numWord = numberWordAt(tokens, i);
    if (numWord?.item.k === 'num') {
      const frac = fractionAt(tokens, i + numWord.length);
      if (frac) {
        numWord.item.value += frac.add;
        numWord.length += frac.length;
      }
      if (numWord.item.unit !== 'percent')
        numWord.length += scaled(numWord.item, tokens, i + numWord.length);
      readings.push(numWord);
    }
    // An everyday word that names a skill ("sketch", "remix") is the skill when the criteria hold
    // it or when it is listed beside another skill ("Next.js or Remix").
    const listed = prevItem()?.k === 'conj' && out[out.length - 2]?.item.k === 'skill';
    const skill = skillAt(
      tokens,
      i,
      ctx.resolveSkill,
      (name) => listed || !!ctx.held?.has(name.toLowerCase()),
    );
    if (skill) readings.push(skill);
    // Longest wins; among equals, the first found (people, dates, zones, places, languages,
    // words, numbers, skills).
    let best: Reading | undefined;
    for (const r of readings) if (!best || r.length > best.length) best = r;
    // Listed beside a skill ("Python or Go"), a skill's name is the skill before an everyday word.
    if (listed && skill && best && skill.length >= best.length) best = skill;
    if (best) {
      push(best.item, i, best.length);
      i += best.length;
      continue;
    }
    // Nothing reads here: one slip away from a word of the vocabulary, read that word instead
    // (after people, so a name is never mended).
    const mended = mendWord(t, vocab, isSkill);
    if (mended) {
      ctx.mended?.push([t.raw, mended]);
      tokens[i] = { ...t, norm: mended };
      continue;
    }
    const skillMended = mendSkill(t, ctx.resolveSkill);
    if (skillMended) {
      ctx.mended?.push([t.raw, skillMended]);
      tokens[i] = { ...t, norm: skillMended, raw: skillMended };
      continue;
    }
    // "New York time": the clock of the place right before it ("India this time" is no clock).
    // "Within an hour of Paris": one hour.
    const placeBefore = out[out.length - 1]?.item.k;
    if (t.norm === 'time' && (placeBefore === 'zone' || placeBefore === 'place')) {
      push({ k: 'tz' }, i, 1);
      i++;
      continue;
    }
    if (
      prevItem()?.k === 'within' &&
      /^an?$/.test(t.norm) &&
      /^h(ou)?rs?$/.test(tokens[i + 1]?.norm ?? '')
    ) {
      push({ k: 'num', value: 1, unit: 'hours' }, i, 2);
      i += 2;
      continue;
    }
    // "Keep agencies out": "out" after "keep" leaves the thing out.
    if (t.norm === 'out' && out.some((r) => r.item.k === 'mode' && r.item.mode === 'keep')) {
      push({ k: 'neg', verb: true }, i, 1);
      i++;
      continue;
    }
    // "And agencies", said first: more of them allowed, as "agencies too" says.
    if (t.norm === 'and' && out.length === 0) push({ k: 'mode', mode: 'permissive' }, i, 1);
    else if (CLAUSE_WORDS.has(t.norm)) push({ k: 'sep', strong: false, word: t.norm }, i, 1);
    else if (LIST_JOINERS.has(t.norm)) push({ k: 'conj' }, i, 1);
    else if (t.kind === 'word') push({ k: 'word', text: t.raw }, i, 1);
    i++;
  }
  return out;
}

const LIST_JOINERS = new Set(['or', 'nor', '&', '/', 'either']);

/** Folds "grand", "thousand", "hundred" after a number into it; how many tokens that took. */
function scaled(item: Item, tokens: Token[], at: number): number {
  const scale = scaleAt(tokens, at);
  if (!scale || item.k !== 'num') return 0;
  item.value *= scale.by;
  if (scale.money) {
    item.money = true;
    item.unit ??= 'money';
  }
  return 1;
}

// "US" is a country only in capitals ("us" is a pronoun); the same goes for "IN"-like codes.
function placeAllowed(tokens: Token[], at: number, length: number): boolean {
  if (length > 1) return true;
  const t = tokens[at];
  if (t.norm === 'us' || t.norm === 'na') return t.raw === t.raw.toUpperCase();
  return true;
}
