import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import type { Item, Read } from './items.js';
import { boundsOf } from './numbers.js';

// "Too many agencies", "oh great, more agencies", "wow, another pile of juniors. fantastic": a
// complaint that there are too many of something asks for fewer of them, never for more. The thing
// complained of is read as left out ("no agencies"); a relative change complained of ("oh great,
// even pricier ones") moves nothing, since its way is said backwards. Praise counts as sarcasm only
// beside such a complaint, and never in a clause that asks for something ("great, more seniors
// please").

const PRAISE = new Set(
  (
    'great|wonderful|fantastic|brilliant|lovely|perfect|awesome|terrific|superb|yay|amazing|' +
    'wow|marvelous|marvellous|splendid|fabulous|excellent'
  ).split('|'),
);
const MORE = new Set(['more', 'another', 'extra', 'even more', 'yet more', 'yet another', 'again']);
const ASKING = new Set(['please', 'pls', 'plz', 'show me', 'give me', 'find']);

/** Praise said somewhere in the refinement: with a complaint of "more", it is sarcasm. */
export const praises = (reads: Read[]): boolean =>
  reads.some((r) => PRAISE.has(r.text.toLowerCase()));

// Filters the thing complained of can be left out of.
const LEAVABLE = new Set<Item['k']>(['talent', 'exp', 'place', 'badge', 'rel']);

/** The clause with the things complained of negated, if it is such a complaint. */
export function excessComplaint(clause: Clause, sarcastic: boolean): Clause | undefined {
  const reads = clause.reads;
  const tooMany = reads.some(
    ({ item, text }) => item.k === 'comp' && !!item.complaint && /\bmany$/i.test(text),
  );
  const more = reads.some(
    ({ item, text }) =>
      (item.k === 'comp' && (item.excess || (MORE.has(text.toLowerCase()) && !item.factor))) ||
      (item.k === 'word' && text.toLowerCase() === 'again') ||
      (item.k === 'rel' && /^(more|even|yet)\b/i.test(text)),
  );
  const asks = reads.some(
    ({ item, text }) => item.k === 'mode' || item.k === 'num' || ASKING.has(text.toLowerCase()),
  );
  if (!tooMany && !(sarcastic && more && !asks)) return undefined;
  const at = reads.flatMap((r, i) => (LEAVABLE.has(r.item.k) ? [i] : []));
  if (!at.length) return undefined;
  const negated = [...clause.negated];
  for (const i of at) negated[i] = true;
  return { ...clause, negated };
}

// "Undo that", "go back to before", "put the job success back": the words alone cannot restore
// what they never saw, and guessing could set a filter nobody asked for. Every refinement has a
// search_id of its own and the earlier ones still work, so the notice says to refine from there.
// "Go back to $40", "put the cap back to 50" name the value, so they are read as said.
const NAMED = new Set<Item['k']>([
  'place',
  'zone',
  'lang',
  'skill',
  'person',
  'talent',
  'badge',
  'exp',
]);

export function goingBack(clause: Clause, kinds: Set<Item['k']>, ctx: ApplyContext): boolean {
  const words = new Set(clause.reads.map((r) => r.text.toLowerCase()));
  const back = kinds.has('undo') || (words.has('back') && (words.has('put') || words.has('bring')));
  const lone = clause.reads.every(({ item }) => item.k === 'clear' || item.k === 'filler');
  const undo = words.has('undo') || words.has('reset');
  if (!back && !(undo && lone)) return false;
  if (boundsOf(clause).length || [...kinds].some((k) => NAMED.has(k))) return false;
  ctx.notices.push(
    'Could not go back from the words alone: they do not say what the criteria were before. Every refinement ' +
      'returns its own search_id and the earlier ones still work, so refine from the search_id ' +
      'before the change to go back to it, or send the fields to set.',
  );
  return true;
}

/** "Take the job success filter off", "turn the overlap off": clearing, never "off" as less. */
export function takenOff(clause: Clause): Clause | undefined {
  const reads = clause.reads;
  const off = reads.findIndex(
    ({ item, text }) => item.k === 'comp' && text.toLowerCase() === 'off',
  );
  if (off < 0 || reads.some((r) => r.item.k === 'num')) return undefined;
  if (!reads.slice(0, off).some((r) => /^(take|turn|switch|shut)$/i.test(r.text))) return undefined;
  const changed = [...reads];
  changed[off] = { item: { k: 'clear' }, text: reads[off].text };
  return { ...clause, reads: changed };
}
