import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { ENTITY_KINDS, type Item, type ItemOf, type RelField } from './items.js';
import { boundsOf } from './numbers.js';

// "Double that", "halve it", "bump it by a third", "that's too high": a comparative that names no
// filter refers back to the one the criteria hold. Only when exactly one filter it could move is
// set; with several, nothing moves and a notice asks which one, since a guess could move the wrong
// filter.

const POINTERS = new Set(['it', 'that', 'this', "it's", 'its']);
const VAGUE = new Set(['more', 'less', 'fewer', 'another', 'extra', 'up', 'off', 'an extra']);

/** Filters a comparative can move, as the criteria hold them before this refinement. */
function heldFields(ctx: ApplyContext): RelField[] {
  const c = ctx.draft.before;
  const held: [RelField, unknown][] = [
    ['rate', c.hourly_rate?.max],
    ['budget', c.project?.budget_usd],
    ['hours', c.availability?.min_hours_per_week],
    ['rating', c.min_rating],
    ['job_success', c.min_job_success],
    ['jobs', c.min_jobs_completed],
  ];
  return held.flatMap(([field, value]) => (value === undefined ? [] : [field]));
}

export function referredTo(
  item: ItemOf<'comp'>,
  clause: Clause,
  ctx: ApplyContext,
): ItemOf<'rel'> | undefined {
  const reads = clause.reads;
  if (reads.some(({ item: it }) => it.k === 'field' || it.k === 'rel' || THINGS.has(it.k)))
    return undefined;
  const points = reads.some((r) => r.item.k === 'filler' && POINTERS.has(r.text.toLowerCase()));
  const amount = boundsOf(clause).some((b) => b.measure === 'amount');
  // "We can go a bit higher", "lower please": a comparative said with nothing else but a degree;
  // "more" and "less" alone may be about the list, so they need "it" or a degree.
  const bare =
    !item.excess &&
    reads.every((r) => ['comp', 'degree', 'filler'].includes(r.item.k)) &&
    (reads.some((r) => r.item.k === 'degree') ||
      !reads.some((r) => r.item.k === 'comp' && VAGUE.has(r.text.toLowerCase())));
  if (!points && !item.factor && !amount && !item.complaint && !bare) return undefined;
  const held = heldFields(ctx);
  if (held.length !== 1) {
    if (points || item.factor || bare)
      ctx.notices.push(
        held.length
          ? `Not sure which filter "${reads.map((r) => r.text).join(' ')}" is about (${held.join(', ').replace(/_/g, ' ')}), so nothing moved; name it ("double the rate cap").`
          : 'There is no filter to move; name the one to set and its value.',
      );
    return undefined;
  }
  const field = held[0];
  // Only a cap loosens upwards; "loosen it" of a floor lowers it.
  const up =
    item.strict === undefined ? item.up : (field === 'rate' || field === 'budget') !== item.strict;
  return { k: 'rel', field, up, ...(item.factor ? { factor: item.factor } : {}) };
}

const THINGS = new Set<Item['k']>([...ENTITY_KINDS, 'tz', 'overlap']);

/** "The minimum is too high, lower it to 20": "it" is the side the clause before named, so the
 * number moves that side (never the other one). Only a side said with no number of its own. */
export function carrySide(from: Clause, to: Clause): void {
  const numbered = (c: Clause) => c.reads.some((r) => r.item.k === 'num' && !isNaN(r.item.value));
  const sides = from.reads.filter((r) => r.item.k === 'dir' && r.item.dir !== 'about');
  if (sides.length !== 1 || numbered(from) || !numbered(to)) return;
  if (to.reads.some((r) => r.item.k === 'dir')) return;
  // "it", or a phrase that ends in it ("make it").
  const pointer = (text: string) => POINTERS.has(text.toLowerCase().split(' ').at(-1) ?? '');
  const at = to.reads.findIndex((r) => r.item.k === 'filler' && pointer(r.text));
  if (at >= 0) to.reads[at] = { item: sides[0].item, text: sides[0].text };
}
