import { ENTITY_KINDS, type Item, type Measure, type Mode, type Read } from './items.js';

// A refinement is split into clauses at punctuation and at "and", "but", ...; each clause is one
// change. A list of like things ("Germany, Poland and Czechia") stays in one clause, so the words
// in front of it ("not from") apply to all of it.

export interface Clause {
  reads: Read[];
  /** For each read: negated by a "not", "no", "without" that applies to it. */
  negated: boolean[];
  /** What a bare number measures, carried from the clause before ("at least 10 jobs but no
   * more than 50": 50 jobs, never $50). */
  carried?: Measure;
  /** The clause before was about a clock, so bare hours here are hours of overlap. */
  carriedClock?: boolean;
}

// "No overlap needed": the overlap is a thing a negator can deny.
const THING_KINDS = new Set<Item['k']>([
  ...ENTITY_KINDS,
  'num',
  'field',
  'dir',
  'rel',
  'comp',
  'overlap',
]);
const LISTABLE = new Set<Item['k']>([
  'place',
  'zone',
  'lang',
  'skill',
  'person',
  'badge',
  'talent',
]);
const TRANSPARENT = new Set<Item['k']>([
  'filler',
  'degree',
  'conj',
  'level',
  'speak',
  'tz',
  'within',
  'word',
]);

export function splitClauses(reads: Read[]): Clause[] {
  const clauses: Read[][] = [[]];
  let inBetween = false;
  for (let i = 0; i < reads.length; i++) {
    const r = reads[i];
    const current = clauses[clauses.length - 1];
    // "Not from India unless they're top rated": the condition is a clause of its own.
    if (r.item.k === 'condition') {
      if (current.length) clauses.push([r]);
      else current.push(r);
      continue;
    }
    if (r.item.k === 'between') inBetween = true;
    // "Required: Docker, Kubernetes", "must-haves: Python": a label and a colon head the list.
    if (r.item.k === 'sep' && r.text === ':' && current.length && current.every(isLabel)) continue;
    if (r.item.k === 'sep') {
      const prev = lastThing(current);
      const next = nextThing(reads, i + 1);
      // A list goes on across a comma or "and" unless both sides have a say of their own:
      // "must know React and Node, TypeScript is a bonus" ends the required list at Node, while
      // in "React, Node and TypeScript required" the one marker covers the list.
      const listGoesOn =
        prev &&
        next &&
        (LISTABLE.has(prev.k) || (prev.k === 'field' && r.item.word === 'and')) &&
        sameKind(prev, next) &&
        r.item.word !== 'but' &&
        !(ownSay(reads, i + 1) && current.some(says));
      const betweenGoesOn = inBetween && r.item.word === 'and';
      // "German, fluent": a level after a comma still belongs to the language before it.
      const levelGoesOn =
        reads[i + 1]?.item.k === 'level' ||
        (reads[i + 1]?.item.k === 'like' && reads[i + 2]?.item.k === 'level');
      if (r.item.word === 'and' && inBetween) inBetween = false;
      if (listGoesOn || betweenGoesOn || levelGoesOn) {
        current.push({ item: { k: 'conj' }, text: r.text });
        continue;
      }
      if (current.length) clauses.push([]);
      continue;
    }
    current.push(r);
  }
  return mergeBareMarkers(clauses.filter((c) => c.length).map(foldNegatedMarkers))
    .map(foldDeniedWish)
    .map((reads) => ({ reads, negated: attachNegation(reads) }));
}

// "TypeScript's nice to have, not required", "React, required": a clause that only says how
// ("not required", "a must") is about the things of the clause before it.
const BARE_MODES = new Set<Mode>(['optional', 'wish', 'require']);
function mergeBareMarkers(clauses: Read[][]): Read[][] {
  const out: Read[][] = [];
  for (const reads of clauses) {
    const bare =
      reads.some((r) => r.item.k === 'mode' && BARE_MODES.has(r.item.mode)) &&
      reads.every(
        ({ item }) =>
          item.k === 'filler' ||
          item.k === 'word' ||
          (item.k === 'mode' && BARE_MODES.has(item.mode)),
      );
    const prev = out[out.length - 1];
    // "Agencies? No thanks", "agencies, no": a bare negator is about the things before it.
    // Only a refusal said short ("no way", "absolutely not"): "no contractors from abroad" is a
    // thing of its own, never a refusal of the place before it.
    const short = (r: Read) => r.item.k !== 'word' || r.text.length <= 4;
    const refusal =
      reads.some((r) => r.item.k === 'neg' && !r.item.verb) &&
      reads.every(({ item }) => item.k === 'neg' || item.k === 'filler' || item.k === 'word') &&
      (reads.every(short) || reads[reads.length - 1].item.k === 'neg');
    const things = prev?.some((r) => LISTABLE.has(r.item.k));
    // "Redux is overkill, drop it": a bare clearing of "it" is about the things before it.
    const dropIt =
      reads.some((r) => r.item.k === 'clear' && !r.item.field) &&
      reads.some((r) => /^(it|them|those)$/i.test(r.text)) &&
      reads.every(({ item }) => item.k === 'clear' || item.k === 'filler' || item.k === 'word');
    if (bare && prev?.some((r) => r.item.k === 'skill')) prev.push(...reads);
    else if ((refusal || dropIt) && things && !prev.some((r) => r.item.k === 'neg'))
      prev.push(...reads);
    else out.push(reads);
  }
  return out;
}

// "English and Portuguese": a nationality word listed beside a language is a language too.
const languageLike = (i: Item) => i.k === 'lang' || (i.k === 'place' && !!i.ambiguousLang);
const sameKind = (a: Item, b: Item) =>
  a.k === b.k || (languageLike(a) && languageLike(b) && (a.k === 'lang' || b.k === 'lang'));

const LABEL = new Set<Item['k']>(['mode', 'field', 'filler', 'word']);
const isLabel = (r: Read) => LABEL.has(r.item.k) && r.item.k !== 'word';

const SAYS = new Set<Item['k']>(['mode', 'neg', 'clear']);
// "Add" heads a list without saying how it is wanted: "add Node and Postgres as requirements".
const says = (r: Read) => SAYS.has(r.item.k) && !(r.item.k === 'mode' && r.item.mode === 'add');

/** The segment up to the next separator carries its own marker ("is a bonus", "no"). */
function ownSay(reads: Read[], from: number): boolean {
  for (let k = from; k < reads.length; k++) {
    const kind = reads[k].item.k;
    if (kind === 'sep') return false;
    // "Job success requirements": a requirement right after a filter's name is part of the name.
    if (kind === 'mode' && reads[k - 1]?.item.k === 'field') continue;
    if (SAYS.has(kind)) return true;
  }
  return false;
}

function lastThing(reads: Read[]): Item | undefined {
  for (let i = reads.length - 1; i >= 0; i--) {
    if (!TRANSPARENT.has(reads[i].item.k)) return reads[i].item;
  }
  return undefined;
}

function nextThing(reads: Read[], from: number): Item | undefined {
  for (let i = from; i < reads.length; i++) {
    const item = reads[i].item;
    const k = item.k;
    // "Docker, k8s, and Terraform": the comma before the last "and" goes on with the list.
    if (item.k === 'sep' && i === from && item.word === 'and' && reads[i - 1]?.text === ',')
      continue;
    if (k === 'sep') return undefined;
    if (!TRANSPARENT.has(k)) return reads[i].item;
  }
  return undefined;
}

// A negator in front of a marker turns the marker, not the thing: a negated requirement is
// optional ("Next.js isn't a must", "I don't require React"), a negated leaving-out allows
// ("don't rule out agencies", "I wouldn't say no to an agency"). Only fillers may sit between.
function foldNegatedMarkers(reads: Read[]): Read[] {
  const out = [...reads];
  for (let i = 0; i < out.length; i++) {
    const neg = out[i].item;
    if (neg.k !== 'neg' || neg.verb) continue;
    let j = i + 1;
    while (j < out.length && j <= i + 3 && out[j].item.k === 'filler') j++;
    const next = out[j]?.item;
    let folded: Item | undefined;
    // "Nobody who only does WordPress" is about the people, never a requirement made optional.
    const only = out[j]?.text.toLowerCase() === 'only';
    if (next?.k === 'mode' && next.mode === 'require' && !only)
      folded = { k: 'mode', mode: 'optional' };
    // "Required, not preferred": a preference denied leaves the other marker to say how.
    else if (
      next?.k === 'field' &&
      next.field === 'preferred_skills' &&
      out.some((r) => r.item.k === 'mode' && r.item.mode === 'require')
    )
      folded = { k: 'filler' };
    else if (next?.k === 'neg' && next.verb) folded = { k: 'mode', mode: 'permissive' };
    if (!folded) continue;
    out[i] = { item: { k: 'filler' }, text: out[i].text };
    out[j] = { item: folded, text: out[j].text };
  }
  return out;
}

// "GraphQL isn't a nice-to-have any more, it's required", "not a bonus, a must": a wish denied
// beside a requirement says only that it is more than wished for; the requirement says how.
function foldDeniedWish(reads: Read[]): Read[] {
  const out = [...reads];
  for (let i = 0; i < out.length; i++) {
    const item = out[i].item;
    if (item.k !== 'neg' || item.verb) continue;
    let j = i + 1;
    while (j < out.length && j <= i + 3 && out[j].item.k === 'filler') j++;
    const next = out[j]?.item;
    if (next?.k !== 'mode' || (next.mode !== 'optional' && next.mode !== 'wish')) continue;
    const required = out.some((r, k) => k > j && r.item.k === 'mode' && r.item.mode === 'require');
    if (!required) continue;
    out[i] = { item: { k: 'filler' }, text: out[i].text };
    out[j] = { item: { k: 'filler' }, text: out[j].text };
  }
  return out;
}

// A negator applies to the next thing after it and to the list that thing heads ("not from
// India or Pakistan"); with nothing after it, to the thing before it ("agencies are not ok").
// Two negators on one thing cancel ("nobody who isn't fluent").
function attachNegation(reads: Read[]): boolean[] {
  const negated = reads.map(() => false);
  const flip = (from: number) => {
    const kind = reads[from].item.k;
    negated[from] = !negated[from];
    if (!LISTABLE.has(kind)) return;
    for (let k = from + 1; k < reads.length; k++) {
      const item = reads[k].item;
      if (item.k === kind) negated[k] = !negated[k];
      else if (!TRANSPARENT.has(item.k) && item.k !== 'mode') break;
    }
  };
  for (let i = 0; i < reads.length; i++) {
    if (reads[i].item.k !== 'neg') continue;
    // A field name is a weak target: "no one whose rate is above $45" negates "above".
    let target = -1;
    let field = -1;
    for (let k = i + 1; k < reads.length && target < 0; k++) {
      const kind = reads[k].item.k;
      if (kind === 'field') field = field < 0 ? k : field;
      else if (THING_KINDS.has(kind)) target = k;
    }
    if (target < 0) target = field;
    if (target < 0) {
      for (let k = i - 1; k >= 0 && target < 0; k--) {
        if (THING_KINDS.has(reads[k].item.k) && reads[k].item.k !== 'dir') target = k;
      }
      // Walk back to the head of a list, so "India or Pakistan, not ok" covers both.
      while (target > 0 && LISTABLE.has(reads[target].item.k)) {
        let k = target - 1;
        while (k >= 0 && TRANSPARENT.has(reads[k].item.k)) k--;
        if (k >= 0 && reads[k].item.k === reads[target].item.k) target = k;
        else break;
      }
    }
    if (target >= 0) flip(target);
    // "No one under 30 or over 60": the negator covers each bound joined by "or", "nor".
    if (target >= 0 && reads[target].item.k === 'dir')
      for (let k = target + 1; k + 1 < reads.length; k++) {
        if (reads[k].item.k !== 'num') continue;
        const next = reads[k + 1];
        if (next.item.k === 'conj' && reads[k + 2].item.k === 'dir') flip(k + 2);
        // "or over 60" is read as one phrase.
        else if (next.item.k === 'dir' && /^n?or /i.test(next.text)) flip(k + 1);
        if (reads[k].item.k === 'sep' || reads[k].item.k === 'neg') break;
      }
  }
  return negated;
}
