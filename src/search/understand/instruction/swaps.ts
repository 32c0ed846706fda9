import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import type { Item, ItemOf } from './items.js';
import type { Bound } from './numbers.js';

// Swaps said in one clause: "Vue instead of React", "replace React with Vue", "React -> Vue",
// "$55 instead of $40". The old side goes; the new side comes in as usual.

// "Vue instead of React", "replace React with Vue", "Poland rather than Germany": the things on the
// old side go; the new ones come in as usual (a skill as a preference unless the clause requires it).
export function oldSideOfSwap(clause: Clause): Set<number> {
  const reads = clause.reads;
  const swapAt = reads.findIndex((r) => r.item.k === 'swap');
  const old = new Set<number>();
  if (swapAt < 0) {
    // "React -> Vue", "40 → 55": the arrow points from the old to the new.
    const arrow = reads.findIndex((r) => r.item.k === 'swapWith' && ARROWS.has(r.text));
    const before = reads.flatMap((r, i) => (i < arrow && SWAPPABLE.has(r.item.k) ? [i] : []));
    if (arrow > 0 && reads.some((r, i) => i > arrow && SWAPPABLE.has(r.item.k)))
      for (const i of before) old.add(i);
    return old;
  }
  const swap = reads[swapAt].item as ItemOf<'swap'>;
  const things = reads.map((r, i) => i).filter((i) => SWAPPABLE.has(reads[i].item.k));
  if (!things.some((i) => i < swapAt) && swap.newFirst) return old;
  if (swap.newFirst) {
    for (const i of things) if (i > swapAt) old.add(i);
    return old;
  }
  const boundary = reads.findIndex(
    (r, i) => i > swapAt && (r.item.k === 'swapWith' || r.item.k === 'range'),
  );
  if (boundary < 0 || !things.some((i) => i > boundary)) return old;
  for (const i of things) if (i > swapAt && i < boundary) old.add(i);
  return old;
}

const ARROWS = new Set(['->', '- >', '→']);
const SWAPPABLE = new Set<Item['k']>(['skill', 'place', 'zone', 'lang', 'badge', 'num']);

// "$55 instead of $40", "change the cap from 40 to 55": the old number goes, and the new one takes
// its place: the cap if the old one was the cap, the floor if it was the floor.
export function swappedBounds(bounds: Bound[], old: Set<number>, ctx: ApplyContext): Bound[] {
  if (!old.size) return bounds;
  const rate = ctx.draft.before.hourly_rate;
  const gone = bounds.filter((b) => old.has(b.at));
  return bounds
    .filter((b) => !old.has(b.at))
    .map((b) => {
      const was = gone.find((g) => g.measure === b.measure);
      if (!was || b.measure !== 'rate') return was ? { ...b, dir: 'none' as const } : b;
      const side = rate?.max === was.value ? 'max' : rate?.min === was.value ? 'min' : was.dir;
      return { ...b, dir: side };
    });
}
