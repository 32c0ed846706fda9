import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Criteria } from './criteria.js';
import type { SearchPlan } from './search-plan.js';

// What one hard filter is made of, and the small pieces the records in hard-filters.ts share.

export type Eb = ExpressionBuilder<Database & { f: Database['freelancers'] }, 'f'>;

export interface Relaxation {
  /** The plan with this filter loosened; without one, the filter is left out altogether. */
  loosened?: SearchPlan;
  /** What loosening adds, measured: `total` would match, `gain` more than now. */
  says: (gain: number, total: number) => string;
}

export interface HardFilter {
  /** The criteria fields it reads. */
  fields: readonly CriteriaField[];
  /** Who passes it, in a sentence. */
  description: string;
  /** Its SQL over `freelancers as f`, or undefined when the criteria do not ask for it. */
  where: (plan: SearchPlan, eb: Eb) => Expression<SqlBool> | undefined;
  /** Its lines in `interpreted.filters` (the filters in force). */
  inForce: (plan: SearchPlan) => string[];
  /** Looser versions to probe when few profiles match. */
  relax: (plan: SearchPlan) => Relaxation[];
  /** How the fit breakdown names it when a person does not pass it. */
  fit: string;
  /** Its lines in refine's `changes[]`. */
  change: (before: Criteria, after: Criteria) => string[];
}

/** A criteria field by name, one level into objects: `hourly_rate.max`, `location.countries`. */
export type CriteriaField = {
  [K in keyof Criteria & string]-?: NonNullable<Criteria[K]> extends readonly unknown[]
    ? K
    : NonNullable<Criteria[K]> extends object
      ? `${K}.${keyof NonNullable<Criteria[K]> & string}`
      : K;
}[keyof Criteria & string];

export const withCriteria = (plan: SearchPlan, patch: Partial<Criteria>): SearchPlan => ({
  ...plan,
  criteria: { ...plan.criteria, ...patch },
});

export function anyOf(
  eb: Eb,
  column: 'f.country' | 'f.timezone',
  values: string[],
): Expression<SqlBool> {
  if (values.length === 0) return sql<SqlBool>`false`;
  return eb(column, '=', sql<string>`any(${sql.val(values)}::text[])`);
}

/** A field's change as "label: new (was old)", or "label: cleared". */
export function fieldChange(key: keyof Criteria): HardFilter['change'] {
  const label = key.replace(/_/g, ' ');
  return (before, after) => {
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (b === undefined) return [`${label}: cleared`];
    return [`${label}: ${show(b)}${a === undefined ? '' : ` (was ${show(a)})`}`];
  };
}

/** A list's change as what was added and what was removed. */
export function listChange(
  label: string,
  list: (c: Criteria) => string[] | undefined,
): HardFilter['change'] {
  return (before, after) => {
    const a = list(before) ?? [];
    const b = list(after) ?? [];
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    return [
      ...(added.length ? [`${label}: added ${added.join(', ')}`] : []),
      ...(removed.length ? [`${label}: removed ${removed.join(', ')}`] : []),
    ];
  };
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(
        ([k, v]) =>
          `${k.replace(/_/g, ' ')} ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : v}`,
      )
      .join(', ');
  }
  return String(value);
}
