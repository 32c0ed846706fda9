import type { ApplyContext } from './apply-context.js';
import type { Clause } from './clauses.js';
import { LEVELS, type Field, type ItemOf, type RelField } from './items.js';
import { boundsOf, type Measure } from './numbers.js';

// Relative changes, applied from where the filter stands: "cheaper" lowers the cap (or the list's
// median rate), "double the budget" doubles it, "a bit more senior" is one level up. A comparative
// without a filter of its own ("higher", "half") takes the one the clause names ("half the hours").
// A number said with "to" is the new value, with "by" the amount of the change. Negated ("the rate
// doesn't need to be lower"), nothing changes and a notice says so: never the opposite.

const FIELD_OF: Partial<Record<Field, RelField>> = {
  rate: 'rate',
  hours: 'hours',
  rating: 'rating',
  job_success: 'job_success',
  jobs: 'jobs',
  experience: 'experience',
  budget: 'budget',
};
const MEASURE_OF: Record<RelField, Measure> = {
  rate: 'rate',
  hours: 'hours_week',
  rating: 'rating',
  job_success: 'job_success',
  jobs: 'jobs',
  experience: 'years',
  budget: 'budget',
};
const FIELD_OF_MEASURE = new Map(
  Object.entries(MEASURE_OF).map(([f, m]) => [m, f as RelField] as const),
);

/** Caps loosen upwards; every other field is a floor, which loosens downwards. */
const CAPS = new Set<RelField>(['rate', 'budget']);

/** A relative change that lets more people in ("pricier is fine", "a lower rating is ok"). */
export const loosens = (rel: ItemOf<'rel'>): boolean => CAPS.has(rel.field) === rel.up;

/** Said about the value as it stands ("4.8 is too strict"): its numbers are the old values. */
export const isComplaint = (clause: Clause): boolean =>
  clause.reads.some(({ item }) => (item.k === 'comp' || item.k === 'rel') && !!item.complaint);

// A clearing verb said with a degree is a comparative: "relax the rating a bit" loosens it, and
// "drop the rate a little" lowers it; neither clears the filter.
const CLEAR_AS_COMP: Record<string, ItemOf<'comp'>> = {
  relax: { k: 'comp', up: true, strict: false },
  lift: { k: 'comp', up: true, strict: false },
  drop: { k: 'comp', up: false },
};

export function clearWithDegree(clause: Clause): ItemOf<'rel'> | undefined {
  if (!clause.reads.some((r) => r.item.k === 'degree')) return undefined;
  const verb = clause.reads.find((r) => r.item.k === 'clear' && !r.item.field);
  const comp = verb && CLEAR_AS_COMP[verb.text.toLowerCase()];
  return comp && relativeOf(comp, clause);
}

/** The relative change a comparative makes to the field its clause names, if it names one; a
 * complaint with no field named takes the field of its number ("$40 is too low"). */
export function relativeOf(item: ItemOf<'comp'>, clause: Clause): ItemOf<'rel'> | undefined {
  let field: RelField | undefined;
  for (const { item: it } of clause.reads) {
    field = it.k === 'field' ? FIELD_OF[it.field] : undefined;
    if (field) break;
  }
  const bounds = boundsOf(clause);
  const said = bounds.find((b) => b.measure !== 'amount');
  if (!field && item.complaint && said) field = FIELD_OF_MEASURE.get(said.measure);
  // "Take $10 off": money is only ever the rate.
  if (!field && bounds.some((b) => b.measure === 'amount' && b.money)) field = 'rate';
  if (!field) return undefined;
  // "Loosen", "stricter": which way that is depends on whether the field is a cap or a floor.
  const up = item.strict === undefined ? item.up : CAPS.has(field) !== item.strict;
  return { k: 'rel', field, up, ...(item.factor ? { factor: item.factor } : {}) };
}

export function applyRelative(
  item: ItemOf<'rel'>,
  neg: boolean,
  clause: Clause,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  const note = (s: string) => ctx.notices.push(s);
  const label = item.field === 'rate' ? 'rate cap' : item.field;
  if (neg) {
    note(
      `Left the ${label} as it is: the words say what not to change; send the field to change it.`,
    );
    return false;
  }
  // One relative change a field per refinement: "4.8 is too strict, loosen it a bit" is one.
  if (ctx.relativeDone.has(item.field)) return true;
  ctx.relativeDone.add(item.field);
  // A value said outright ("lower the cap to $40", "raise the hours to 30") is the change; beside
  // a complaint ("$40 is too low") it is the old value.
  const bounds = isComplaint(clause) ? [] : boundsOf(clause);
  if (bounds.some((b) => b.measure === MEASURE_OF[item.field])) return true;
  if (item.field === 'rate' && ctx.explicitRate) return true;
  const amount = bounds.find((b) => b.measure === 'amount');
  const degree = clause.reads.find((r) => r.item.k === 'degree')?.item as
    ItemOf<'degree'> | undefined;
  const scale = degree?.scale ?? 1;
  const scaled = (base: number, step: number) => {
    if (item.factor) return base * item.factor;
    if (amount) {
      const by = amount.percent ? (base * amount.value) / 100 : amount.value;
      return item.up ? base + by : base - by;
    }
    return base * (item.up ? 1 + step * scale : 1 - step * scale);
  };
  switch (item.field) {
    case 'rate': {
      // "Lower the minimum rate", "raise the rate floor": the floor moves, never the cap.
      if (clause.reads.some((r) => r.item.k === 'dir' && /^(minimum|min|floor)$/i.test(r.text)))
        return moveRateFloor(item, scaled, amount !== undefined, ctx);
      const sorted = [...ctx.listRates].sort((a, b) => a - b);
      const cap = f.hourly_rate?.max;
      const base = cap ?? (item.up ? undefined : sorted[Math.floor(sorted.length / 2)]);
      if (base === undefined) {
        note(
          item.up
            ? 'There is no rate cap to raise.'
            : 'No rate cap or list to go from; send hourly_rate.max.',
        );
        return false;
      }
      let next = scaled(base, item.up ? 0.25 : 0.2);
      if (!item.factor && !amount)
        next = item.up ? Math.ceil(next / 5) * 5 : Math.floor(next / 5) * 5;
      next = Math.round(next);
      next = item.up
        ? Math.min(1000, Math.max(next, base + 1))
        : Math.max(1, Math.min(next, base - 1));
      const rate = (f.hourly_rate ??= {});
      rate.max = next;
      if (rate.min !== undefined && rate.min > next) delete rate.min;
      ctx.understood.push(`rate max $${next}`);
      return true;
    }
    case 'budget': {
      const base = f.project?.budget_usd;
      if (base === undefined) {
        note('There is no project budget to change; send project.budget_usd.');
        return false;
      }
      (f.project ??= {}).budget_usd = Math.max(1, Math.round(scaled(base, 0.25)));
      ctx.understood.push(`project budget $${f.project.budget_usd}`);
      return true;
    }
    case 'hours': {
      const a = (f.availability ??= {});
      const base = a.min_hours_per_week;
      if (base === undefined) {
        if (!item.up || item.factor) return false;
        a.min_hours_per_week = 30;
      } else {
        const step =
          item.factor || amount
            ? scaled(base, 0)
            : Math.min(40, base + (item.up ? 10 : -10) * scale);
        const next = Math.round(Math.min(80, step));
        if (next < 1) delete a.min_hours_per_week;
        else a.min_hours_per_week = item.up ? Math.max(next, base) : Math.min(next, base);
      }
      ctx.understood.push(
        a.min_hours_per_week ? `at least ${a.min_hours_per_week} hours a week` : 'hours cleared',
      );
      return true;
    }
    case 'experience': {
      if (item.factor) return false;
      const at = f.experience_level ? LEVELS.indexOf(f.experience_level) : -1;
      const next = item.up ? (at < 0 ? 2 : Math.min(2, at + 1)) : at <= 0 ? -1 : at - 1;
      if (next < 0) {
        if (f.experience_level) delete f.experience_level;
        else return false;
      } else f.experience_level = LEVELS[next];
      ctx.understood.push(`experience ${f.experience_level ?? 'any'}`);
      return true;
    }
    case 'rating': {
      if (item.factor) return false;
      const at = f.min_rating;
      if (!item.up) {
        if (at === undefined) return false;
        const next = Math.round((at - 0.3 * scale) * 10) / 10;
        if (next < 3.5) delete f.min_rating;
        else f.min_rating = next;
      } else
        f.min_rating = Math.min(
          5,
          Math.max(4.5, Math.round(((at ?? 4.3) + 0.2 * scale) * 10) / 10),
        );
      ctx.understood.push(f.min_rating ? `rating at least ${f.min_rating}` : 'rating cleared');
      return true;
    }
    case 'job_success': {
      if (item.factor) return false;
      const at = f.min_job_success;
      if (!item.up) {
        if (at === undefined) return false;
        const next = at - 5 * scale;
        if (next < 50) delete f.min_job_success;
        else f.min_job_success = next;
      } else f.min_job_success = Math.min(100, Math.max(90, (at ?? 85) + 5 * scale));
      ctx.understood.push(
        f.min_job_success ? `job success at least ${f.min_job_success}%` : 'job success cleared',
      );
      return true;
    }
    case 'jobs': {
      const at = f.min_jobs_completed;
      if (!item.up) {
        if (at === undefined) return false;
        const next = Math.floor(item.factor ? at * item.factor : at / 2);
        if (next < 1) delete f.min_jobs_completed;
        else f.min_jobs_completed = next;
      } else f.min_jobs_completed = Math.max(10, Math.round((at ?? 5) * (item.factor ?? 2)));
      ctx.understood.push(
        f.min_jobs_completed ? `at least ${f.min_jobs_completed} jobs` : 'jobs cleared',
      );
      return true;
    }
  }
}

function moveRateFloor(
  item: ItemOf<'rel'>,
  scaled: (base: number, step: number) => number,
  exact: boolean,
  ctx: ApplyContext,
): boolean {
  const rate = ctx.draft.fields.hourly_rate;
  const base = rate?.min;
  if (!rate || base === undefined) {
    ctx.notices.push('There is no rate minimum to move; send hourly_rate.min.');
    return false;
  }
  let next = scaled(base, item.up ? 0.25 : 0.2);
  if (!item.factor && !exact) next = item.up ? Math.ceil(next / 5) * 5 : Math.floor(next / 5) * 5;
  next = Math.round(item.up ? Math.min(1000, Math.max(next, base + 1)) : Math.min(next, base - 1));
  if (next < 1) delete rate.min;
  else rate.min = next;
  if (rate.max !== undefined && rate.min !== undefined && rate.max < rate.min) delete rate.max;
  ctx.understood.push(rate.min === undefined ? 'rate minimum dropped' : `rate min $${rate.min}`);
  return true;
}
