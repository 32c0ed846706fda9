import type { Clause } from './clauses.js';
import type { Item, ItemOf } from './items.js';

// Which way a number points: the nearest direction before it ("under 50"), else the one after it
// ("50 or less", "4.5+"); a negated direction turns ("not over 50" is a cap of 50 only as "not
// under" is a floor).

export type Direction = 'max' | 'min' | 'about' | 'none';

export function directionOf(
  clause: Clause,
  at: number,
  end: number,
  item: ItemOf<'num'>,
): Direction {
  const reads = clause.reads;
  let dir: Direction = 'none';
  let negated = false;
  // The nearest direction before the number, with only fillers, fields and negators between.
  for (let k = at - 1; k >= 0; k--) {
    const it: Item = reads[k].item;
    if (it.k === 'dir') {
      dir = it.dir;
      negated = clause.negated[k];
      break;
    }
    if (it.k === 'num' || it.k === 'sep' || it.k === 'between') break;
  }
  // "Around $40 or less": a way said after an "about" is the bound meant.
  if (dir === 'none' || (dir === 'about' && reads[end + 1]?.item.k === 'dir')) {
    const after = reads[end + 1];
    if (after?.item.k === 'dir') {
      dir = after.item.dir;
      negated = clause.negated[end + 1];
    } else if (item.plus) dir = 'min';
    else if (item.approx) dir = 'about';
  }
  if (negated && dir !== 'about' && dir !== 'none') dir = dir === 'max' ? 'min' : 'max';
  // "Bump the hours up to 35", "raise the rating up to 4.8": after a verb that raises, "up to"
  // names the new value of the field, which is a floor as often as a cap.
  if (
    dir === 'max' &&
    /^up to$|^up till$|^up until$/i.test(reads[at - 1]?.text ?? '') &&
    raises(clause)
  )
    dir = 'none';
  return dir;
}

function raises(clause: Clause): boolean {
  return clause.reads.some(
    ({ item }) => (item.k === 'comp' || item.k === 'rel') && item.up && !item.factor,
  );
}
