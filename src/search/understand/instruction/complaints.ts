import type { ApplyContext, Tone } from './apply-context.js';
import type { Clause } from './clauses.js';
import type { Item } from './items.js';
import { boundsOf } from './numbers.js';

// "Too many agencies", "oh great, more agencies", "ugh, agencies everywhere", "love how they're all
// juniors": a complaint that there are too many of something asks for fewer of them, never for
// more. The thing complained of is read as left out ("no agencies"); a relative change complained
// of ("oh great, more expensive ones") moves nothing, since its way is said backwards. Praise is
// sarcasm only beside words of "more" ("more", "again", "all", "everywhere"); irony ("yeah right",
// "exactly what we asked for") is sarcasm on its own. Neither ever turns a clause that asks for
// something ("great, more seniors please", "nice, now only agencies").

const PRAISE =
  /\b(great|wonderful|fantastic|brilliant|lovely|perfect|awesome|terrific|superb|yay|amazing|wow|marvell?ous|splendid|fabulous|excellent|nice|cool|ugh|sigh|seriously|come on|smh|lol)\b/i;
const IRONY =
  /\b(yeah right|oh sure|as if|love how|love that|loving how|thanks for all|exactly what (i|we) (asked|wanted|needed)|just what (i|we) (asked|wanted|needed|need))/i;

/** How the refinement is said: sarcasm turns a complaint of "more" around. */
export function toneOf(text: string): Tone {
  return IRONY.test(text) ? 'irony' : PRAISE.test(text) ? 'praise' : 'plain';
}

const MORE = new Set(['more', 'another', 'extra', 'even more', 'yet more', 'yet another']);
// Words that say the list is full of a trait ("they're all agencies", "juniors everywhere"): only
// of a talent type or a level, since "now all from Germany" may be a request.
const FULL_OF = new Set(['all', 'every', 'everyone', 'each']);
// "Again", "everywhere": the same thing once more, of any filter.
const ONCE_MORE = new Set(['again', 'everywhere']);
const ASKING = new Set(['please', 'pls', 'plz', 'show me', 'give me', 'find', 'now']);

// Filters the thing complained of can be left out of.
const LEAVABLE = new Set<Item['k']>(['talent', 'exp', 'place', 'badge', 'rel']);
const TRAITS = new Set<Item['k']>(['talent', 'exp']);

/** The clause with the things complained of negated, if it is such a complaint. */
export function excessComplaint(clause: Clause, tone: Tone): Clause | undefined {
  const reads = clause.reads;
  // "Too many agencies", and "fewer juniors", "less agencies", which ask for the same.
  const tooMany = reads.some(
    ({ item, text }) =>
      item.k === 'comp' &&
      (((!!item.complaint || !!item.excess) && /\bmany$/i.test(text)) ||
        /^(fewer|less)$/i.test(text)),
  );
  const more = reads.some(
    ({ item, text }) =>
      (item.k === 'comp' && (item.excess || (MORE.has(text.toLowerCase()) && !item.factor))) ||
      (item.k === 'rel' && /^(more|even|yet)\b/i.test(text)) ||
      ONCE_MORE.has(text.toLowerCase()),
  );
  const full = reads.some(({ text }) => FULL_OF.has(text.toLowerCase()));
  const asks = reads.some(
    ({ item, text }) => item.k === 'mode' || item.k === 'num' || ASKING.has(text.toLowerCase()),
  );
  const sarcastic =
    !asks && ((tone === 'irony' && !tooMany) || (tone !== 'plain' && (more || full)));
  if (!tooMany && !sarcastic) return undefined;
  // "All" and "again" say the list is full of a trait; of a place they may be a request.
  const only = !tooMany && !more && tone !== 'irony' ? TRAITS : LEAVABLE;
  const at = reads.flatMap((r, i) => (only.has(r.item.k) ? [i] : []));
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

/** "Put the job success back", "bring agencies back". */
export function saysBack(clause: Clause): boolean {
  const words = new Set(clause.reads.map((r) => r.text.toLowerCase()));
  return words.has('back') && (words.has('put') || words.has('bring') || words.has('let'));
}

export function goingBack(clause: Clause, kinds: Set<Item['k']>, ctx: ApplyContext): boolean {
  const words = new Set(clause.reads.map((r) => r.text.toLowerCase()));
  const back = kinds.has('undo') || saysBack(clause);
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
