import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { hourlyUsd } from './money.js';
import type { Bound } from './numbers.js';

// Numbers and comparatives, applied: a bound sets a cap or a floor in its direction; a field with
// no maximum (rating, hours) refuses a cap with a notice rather than set the opposite floor.
// Relative changes ("cheaper", "double the budget") are in apply-relative.ts.

export function applyBound(b: Bound, clause: Clause, ctx: ApplyContext): boolean {
  const f = ctx.draft.fields;
  const { value } = b;
  const note = (s: string) => ctx.notices.push(s);
  switch (b.measure) {
    case 'rate': {
      const hourly = hourlyUsd(b, f.availability?.min_hours_per_week);
      if ('refused' in hourly) {
        note(hourly.refused);
        return false;
      }
      const value = hourly.value;
      if (value < 1 || value > 1000) return false;
      if (hourly.note) note(hourly.note);
      const rate = (f.hourly_rate ??= {});
      const dir = b.dir === 'none' ? 'max' : b.dir;
      if (dir === 'about') {
        rate.min = Math.round(value * 0.8);
        rate.max = Math.round(value * 1.2);
      } else if (dir === 'max') {
        rate.max = value;
        if (rate.min !== undefined && rate.min > value) {
          delete rate.min;
          note(`Dropped the rate minimum: it was above the new maximum of $${value}/h.`);
        }
      } else {
        rate.min = value;
        if (rate.max !== undefined && rate.max < value) {
          delete rate.max;
          note(`Dropped the rate maximum: it was below the new minimum of $${value}/h.`);
        }
      }
      ctx.explicitRate = true;
      ctx.understood.push(`rate ${dir} $${value}`);
      return true;
    }
    case 'rating':
      if (value < 1 || value > 5) return false;
      if (b.dir === 'max') {
        // "Between 4.5 and 5 stars": the top of the scale is no limit.
        if (value < 5)
          note(`There is no maximum rating to set ("${b.text}"); send min_rating for a floor.`);
        return false;
      }
      f.min_rating = value;
      ctx.understood.push(`rating at least ${value}`);
      return true;
    case 'job_success':
      if (value > 100) return false;
      if (b.dir === 'max') {
        if (value < 100)
          note('There is no maximum job success to set; send min_job_success for a floor.');
        return false;
      }
      f.min_job_success = value;
      ctx.understood.push(`job success at least ${value}%`);
      return true;
    case 'jobs':
      if (b.dir === 'max') {
        note('There is no maximum number of jobs to set; send min_jobs_completed for a floor.');
        return false;
      }
      f.min_jobs_completed = Math.round(value);
      ctx.understood.push(`at least ${value} jobs`);
      return true;
    case 'hours_week':
      if (value < 1 || value > 80) return false;
      if (b.dir === 'max') {
        note(
          'There is no maximum of hours a week to set; availability.min_hours_per_week is a floor.',
        );
        return false;
      }
      (f.availability ??= {}).min_hours_per_week = value;
      ctx.understood.push(`at least ${value} hours a week`);
      return true;
    case 'years': {
      if (b.dir === 'max') {
        note('There is no maximum experience to set; experience_level is a floor.');
        return false;
      }
      f.experience_level = value >= 6 ? 'expert' : value >= 2 ? 'intermediate' : 'entry';
      ctx.understood.push(`experience ${f.experience_level}`);
      return true;
    }
    case 'budget':
      if (b.dir === 'min') return false;
      (f.project ??= {}).budget_usd = value;
      ctx.understood.push(`project budget $${value}`);
      note(
        `Read $${value} as the budget of the whole project (project.budget_usd), which ranks by fit and caps no hourly rate; send hourly_rate to cap the rate.`,
      );
      return true;
    case 'duration': {
      const unit = clause.reads.find((r) => r.item.k === 'num' && r.item.unit === 'months');
      const weeks = Math.round(unit ? value * 4.3 : value);
      if (weeks < 1 || weeks > 520) return false;
      (f.project ??= {}).duration_weeks = weeks;
      ctx.understood.push(`project of ${weeks} weeks`);
      return true;
    }
    case 'overlap': {
      // "Overlap with Sydney, say 3 hours": hours said in a clause of their own after the clock.
      const held = ctx.draft.fields.location?.overlap_with;
      if (!clause.carriedClock || !held) return false;
      held.hours = Math.min(8, Math.max(1, value));
      ctx.understood.push(`${held.hours} hours overlap`);
      return true;
    }
    default:
      return false;
  }
}

/** The floor or cap a bound would move, as the draft holds it now. */
function standing(b: Bound, ctx: ApplyContext): { value?: number; cap: boolean } {
  const f = ctx.draft.fields;
  if (b.measure === 'rate')
    return {
      value: b.dir === 'min' ? f.hourly_rate?.min : f.hourly_rate?.max,
      cap: b.dir !== 'min',
    };
  const floors: Partial<Record<Bound['measure'], number | undefined>> = {
    rating: f.min_rating,
    job_success: f.min_job_success,
    jobs: f.min_jobs_completed,
    hours_week: f.availability?.min_hours_per_week,
  };
  return { value: floors[b.measure], cap: false };
}

// Said as allowed ("over $50 is fine", "5 stars is ok too"), a bound only ever lets more people
// in: it lowers a floor or raises a cap the criteria hold, lifts a cap it goes past, and leaves
// alone one it would tighten. With nothing standing, it sets the bound as said.
export function applyAllowedBound(b: Bound, clause: Clause, ctx: ApplyContext): boolean {
  const rate = ctx.draft.fields.hourly_rate;
  if (b.measure === 'rate' && b.dir === 'min' && rate?.max !== undefined) {
    if (b.value < rate.max) {
      ctx.understood.push('rate as it is');
      return false;
    }
    delete rate.max;
    ctx.understood.push(`rates above $${b.value}/h allowed: cap lifted`);
    return true;
  }
  const now = standing(b, ctx);
  if (now.value === undefined || b.dir === 'about') return applyBound(b, clause, ctx);
  // "Ratings below 4.5 are ok" at a 4.5 floor: those below are let in, so the floor goes.
  if (!now.cap && b.dir === 'max' && b.value <= now.value) return dropFloor(b, ctx);
  const looser = now.cap ? b.value > now.value : b.value < now.value;
  if (looser) return applyBound(b, clause, ctx);
  ctx.understood.push(`${b.measure.replace('_', ' ')} as it is`);
  return false;
}

function dropFloor(b: Bound, ctx: ApplyContext): boolean {
  const f = ctx.draft.fields;
  if (b.measure === 'rating') delete f.min_rating;
  else if (b.measure === 'job_success') delete f.min_job_success;
  else if (b.measure === 'jobs') delete f.min_jobs_completed;
  else if (b.measure === 'hours_week' && f.availability) delete f.availability.min_hours_per_week;
  else return false;
  ctx.understood.push(`${b.measure.replace('_', ' ')} below ${b.value} allowed: floor dropped`);
  return true;
}

/** "No minimum rate needed", "drop the minimum", "remove the cap": that side of the rate goes and
 * the other stays (a rate is the one filter with two sides). Undefined when the clause is not
 * about one side of a rate held. */
export function clearRateSide(clause: Clause, ctx: ApplyContext): boolean | undefined {
  const reads = clause.reads;
  const dirs = reads.flatMap((r, i) =>
    r.item.k === 'dir' && r.item.dir !== 'about' ? [{ i, dir: r.item.dir }] : [],
  );
  if (dirs.length !== 1 || reads.some((r) => r.item.k === 'num')) return undefined;
  const cleared = reads.some((r) => r.item.k === 'clear') || clause.negated[dirs[0].i];
  const other = reads.some(
    (r) => (r.item.k === 'field' && r.item.field !== 'rate') || r.item.k === 'rel',
  );
  const rate = ctx.draft.fields.hourly_rate;
  const side = dirs[0].dir;
  if (!cleared || other || !rate || rate[side] === undefined) return undefined;
  delete rate[side];
  if (rate.min === undefined && rate.max === undefined) delete ctx.draft.fields.hourly_rate;
  ctx.understood.push(`no ${side === 'max' ? 'maximum' : 'minimum'} rate`);
  return true;
}

/** "Anything above $80 is too expensive", "under 20 is too cheap": a complaint about the people on
 * one side of a number leaves them out, so the bound is the other way round. */
export function complaintBound(
  clause: Clause,
  bounds: Bound[],
  ctx: ApplyContext,
): boolean | undefined {
  const directed = bounds.filter((b) => b.dir === 'min' || b.dir === 'max');
  // Beside "too expensive" an hourly amount reads as a change; with a way said, it is the rate.
  const measure = directed[0]?.measure;
  if (bounds.length !== 1 || directed.length !== 1 || (measure !== 'rate' && measure !== 'amount'))
    return undefined;
  const b = directed[0];
  return applyBound({ ...b, measure: 'rate', dir: b.dir === 'min' ? 'max' : 'min' }, clause, ctx);
}
