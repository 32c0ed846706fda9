import { utcOffsetHours } from '../../../reference/timezones.js';
import type { ApplyContext, ClauseView } from './apply-context.js';
import type { ItemOf } from './items.js';
import type { Clause } from './clauses.js';
import { boundsOf, numbersOnly } from './numbers.js';

// The band of UTC offsets a zone said in words stands for: ranges ("GMT to GMT+3", "UTC-5 or
// UTC-6"), widths ("EST ± 2"), a band grown by "also fine", and the hours of an overlap held.

export const sign = (n: number) => (n >= 0 ? `+${n}` : `${n}`);

/** "UTC+4 is also fine" beside a band of UTC-1 to UTC+3: the band grows to take it in, never
 * moves away from what it held. */
export function widenBand(
  item: ItemOf<'zone'>,
  offset: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  const held = ctx.draft.before.location;
  if (!view.modes.has('permissive') || view.has('overlap')) return false;
  if (held?.utc_offset_min === undefined || held.utc_offset_max === undefined) return false;
  const [lo, hi] = item.offset !== undefined ? [offset, offset] : [offset - 1, offset + 1];
  const loc = ctx.draft.location();
  loc.utc_offset_min = Math.max(-12, Math.min(held.utc_offset_min, Math.floor(lo)));
  loc.utc_offset_max = Math.min(14, Math.max(held.utc_offset_max, Math.ceil(hi)));
  ctx.understood.push(`${item.label} allowed too`);
  return true;
}

/** "2 hours of overlap is enough", "make it 6 hours overlap": the overlap held, with new hours. */
export function overlapHours(view: ClauseView, ctx: ApplyContext): boolean {
  const hours = boundsOf(view.clause).find((b) => b.measure === 'overlap')?.value;
  if (hours === undefined) return false;
  const held = ctx.draft.fields.location?.overlap_with;
  if (!held) {
    ctx.notices.push(
      `${hours} hours of overlap with which place? Name a city ("${hours} hours overlap with London") or send location.overlap_with.`,
    );
    return false;
  }
  held.hours = Math.min(8, Math.max(1, hours));
  ctx.understood.push(`${held.hours} hours overlap`);
  return true;
}

/** "EST ± 2", "CET +/- 2": a bare number right after the band's sign is its width in hours. */
export function bandWidth(view: ClauseView): number | undefined {
  const reads = view.clause.reads;
  const at = reads.findIndex((r) => r.item.k === 'within');
  const next = reads[at + 1]?.item;
  if (at < 0 || next?.k !== 'num' || next.unit || next.money) return undefined;
  return next.value > 0 && next.value <= 12 ? next.value : undefined;
}

export function zoneRange(
  view: ClauseView,
  today: Date,
): { first: number; min: number; max: number } | undefined {
  const reads = view.clause.reads;
  // "GMT to GMT+3": a zone by name is its offset today.
  const zones = reads.flatMap(({ item }, i) =>
    item.k !== 'zone' || (item.offset === undefined && !item.timezone)
      ? []
      : [{ i, offset: item.offset ?? utcOffsetHours(item.timezone!, today) }],
  );
  if (zones.length !== 2) return undefined;
  // "UTC-5 or UTC-6": either, so the band holds both.
  const joined = reads.some(
    (r, i) =>
      ((r.item.k === 'range' || (r.item.k === 'conj' && /^(or|and|\/)$/i.test(r.text))) &&
        i > zones[0].i &&
        i < zones[1].i) ||
      (r.item.k === 'between' && i < zones[0].i),
  );
  if (!joined) return undefined;
  const [a, b] = [zones[0].offset, zones[1].offset];
  return { first: zones[0].i, min: Math.min(a, b), max: Math.max(a, b) };
}

/** "Etc/GMT-2" is UTC+2 (the sign is inverted in the IANA names). */
export function etcZone(offset: number): string | undefined {
  if (!Number.isInteger(offset)) return undefined;
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}

/** With an overlap held, "2 hours is enough" is its hours, never 2 hours a week. */
export function onHeldClock(clause: Clause): void {
  const hours = clause.reads.filter(({ item }) => item.k === 'num' && !Number.isNaN(item.value));
  const unit = clause.reads.some(({ item }) => item.k === 'num' && item.unit === 'hours');
  const small = hours.every(({ item }) => item.k === 'num' && item.value <= 12);
  if (numbersOnly(clause) && unit && hours.length === 1 && small) clause.carriedClock = true;
}
