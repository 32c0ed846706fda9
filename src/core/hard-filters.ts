import type { Expression, SqlBool } from 'kysely';
import type { CriteriaField, Eb, HardFilter } from './hard-filter-record.js';
import { PLACE_AND_RATE_FILTERS } from './place-and-rate-filters.js';
import { RECORD_FILTERS } from './record-filters.js';
import type { SearchPlan } from './search-plan.js';

// Every hard filter is one record: what it keeps, its SQL, the words for it in force, how to
// loosen it, how the fit breakdown names it and how a change to it reads. Retrieval, counts,
// relaxation probes, fit and changes all read this one table, so they can never disagree on who
// passes or how it is said. A new criteria field fails to compile until a filter (or
// RANKING_FIELDS) claims it. The records live in two files by subject; this file joins them.

/** Criteria that rank, or describe the project, but never filter. */
export const RANKING_FIELDS = [
  'query',
  'preferred_skills',
  'project.duration_weeks',
  'project.budget_usd',
  'project.start_date',
] as const satisfies readonly CriteriaField[];

const REGISTRY = {
  ...PLACE_AND_RATE_FILTERS,
  ...RECORD_FILTERS,
} satisfies Record<string, HardFilter>;

export type FilterName = keyof typeof REGISTRY;
export const HARD_FILTERS: Record<FilterName, HardFilter> = REGISTRY;
/** In the order their words appear in `interpreted.filters`. */
export const FILTER_NAMES = Object.keys(REGISTRY) as FilterName[];

type Unclaimed = Exclude<
  CriteriaField,
  (typeof REGISTRY)[FilterName]['fields'][number] | (typeof RANKING_FIELDS)[number]
>;
// A criteria field that no filter claims and that does not only rank: add its filter above.
export const everyCriteriaFieldIsClaimed: [Unclaimed] extends [never] ? true : Unclaimed = true;

/** The hard filters as one SQL condition over `freelancers as f`, leaving out those in `skip`. */
export function hardFilters(
  plan: SearchPlan,
  eb: Eb,
  skip?: ReadonlySet<FilterName>,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('f.ai_opt_in', '=', true)];
  for (const name of FILTER_NAMES) {
    if (skip?.has(name)) continue;
    const condition = HARD_FILTERS[name].where(plan, eb);
    if (condition) conditions.push(condition);
  }
  return eb.and(conditions);
}

/** The filters in force, in words, for `interpreted.filters`. */
export function filtersInForce(plan: SearchPlan): string[] {
  return FILTER_NAMES.flatMap((name) => HARD_FILTERS[name].inForce(plan));
}
