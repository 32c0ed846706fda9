import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { LEVELS, type ItemOf } from './items.js';
import { boundsOf, type Bound } from './numbers.js';

// Numbers and comparatives, applied: a bound sets a cap or a floor in its direction; a field with
// no maximum (rating, hours) refuses a cap with a notice rather than set the opposite floor;
// "cheaper" lowers the cap from where it is (or from the list's median rate).

export function applyBound(b: Bound, clause: Clause, ctx: ApplyContext): boolean {
  const f = ctx.draft.fields;
  const { value } = b;
  const note = (s: string) => ctx.notices.push(s);
  switch (b.measure) {
    case 'rate': {
      if (value < 1 || value > 1000) return false;
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
        note(`There is no maximum rating to set ("${b.text}"); send min_rating for a floor.`);
        return false;
      }
      f.min_rating = value;
      ctx.understood.push(`rating at least ${value}`);
      return true;
    case 'job_success':
      if (value > 100) return false;
      if (b.dir === 'max') {
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
      return true;
    case 'duration': {
      const unit = clause.reads.find((r) => r.item.k === 'num' && r.item.unit === 'months');
      const weeks = Math.round(unit ? value * 4.3 : value);
      if (weeks < 1 || weeks > 520) return false;
      (f.project ??= {}).duration_weeks = weeks;
      ctx.understood.push(`project of ${weeks} weeks`);
      return true;
    }
    default:
      return false;
  }
}

export function applyRelative(
  item: ItemOf<'rel'>,
  neg: boolean,
  clause: Clause,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  if (neg) {
    ctx.notices.push(
      `Not sure what to change from a negated "${item.field}" comparison; send the field.`,
    );
    return false;
  }
  switch (item.field) {
    case 'rate': {
      // An explicit cap in the same refinement says how much cheaper.
      if (ctx.explicitRate) return true;
      const sorted = [...ctx.listRates].sort((a, b) => a - b);
      const base = f.hourly_rate?.max ?? sorted[Math.floor(sorted.length / 2)];
      if (base === undefined) {
        ctx.notices.push('No rate cap or list to go from; send hourly_rate.max.');
        return false;
      }
      const amount = boundsOf(clause).find((b) => b.measure === 'amount');
      let next: number;
      if (!item.up) {
        next = amount
          ? amount.text.includes('%')
            ? base * (1 - amount.value / 100)
            : base - amount.value
          : Math.floor((base * 0.8) / 5) * 5;
        next = Math.max(1, Math.min(Math.round(next), base - 1));
      } else {
        if (f.hourly_rate?.max === undefined) {
          ctx.notices.push('There is no rate cap to raise.');
          return false;
        }
        next = amount
          ? amount.text.includes('%')
            ? base * (1 + amount.value / 100)
            : base + amount.value
          : Math.ceil((base * 1.25) / 5) * 5;
        next = Math.min(1000, Math.max(Math.round(next), base + 1));
      }
      const rate = (f.hourly_rate ??= {});
      rate.max = next;
      if (rate.min !== undefined && rate.min > next) delete rate.min;
      ctx.understood.push(`rate max $${next}`);
      return true;
    }
    case 'experience': {
      const at = f.experience_level ? LEVELS.indexOf(f.experience_level) : -1;
      const next = item.up ? (at < 0 ? 2 : Math.min(2, at + 1)) : at <= 0 ? -1 : at - 1;
      if (next < 0) {
        if (f.experience_level) delete f.experience_level;
        else return false;
      } else f.experience_level = LEVELS[next];
      ctx.understood.push(`experience ${f.experience_level ?? 'any'}`);
      return true;
    }
    case 'rating':
      f.min_rating = Math.min(
        5,
        Math.max(4.5, Math.round(((f.min_rating ?? 4.3) + 0.2) * 10) / 10),
      );
      ctx.understood.push(`rating at least ${f.min_rating}`);
      return true;
    case 'hours': {
      const a = (f.availability ??= {});
      a.min_hours_per_week = Math.min(40, (a.min_hours_per_week ?? 20) + 10);
      ctx.understood.push(`at least ${a.min_hours_per_week} hours a week`);
      return true;
    }
    case 'jobs':
      f.min_jobs_completed = Math.max(10, (f.min_jobs_completed ?? 5) * 2);
      ctx.understood.push(`at least ${f.min_jobs_completed} jobs`);
      return true;
  }
}
