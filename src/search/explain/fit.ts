import {
  FILTER_NAMES,
  HARD_FILTERS,
  hardFilters,
  type FilterName,
} from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';
import type { Db } from '../../db/database.js';
import { reasonsFor } from '../../ranking/reasons.js';
import type { Scored } from '../../ranking/score.js';
import { FEATURE_LABELS, FEATURE_WEIGHTS, type FeatureName } from '../../ranking/weights.js';

// One freelancer's fit against a search, feature by feature: the same features, weights and
// per-query normalisation as the ranked list, so the breakdown adds up to the score they had there.

export interface FitBreakdown {
  score: number;
  features: { name: string; label: string; value: number; weight: number }[];
  required: { matched: string[]; missing: string[] };
  preferred: { matched: string[]; missing: string[] };
  reasons: string[];
}

/** The breakdown of one scored person, given the hard filters they do not pass. */
export function fitBreakdown(
  scored: Scored,
  plan: SearchPlan,
  failed: FilterName[],
  now: Date,
): FitBreakdown {
  const split = (xs: { name: string; shown: boolean }[]) => ({
    matched: xs.filter((x) => x.shown).map((x) => x.name),
    missing: xs.filter((x) => !x.shown).map((x) => x.name),
  });
  return {
    score: Math.round(scored.score * 1000) / 10,
    features: (Object.entries(scored.features) as [FeatureName, number][]).map(([name, value]) => ({
      name,
      label: FEATURE_LABELS[name],
      value: Math.round(value * 1000) / 1000,
      weight: FEATURE_WEIGHTS[name],
    })),
    required: split(
      scored.required.map((r) => ({ ...r, shown: r.shown || !failed.includes('required_skills') })),
    ),
    preferred: split(scored.preferred),
    reasons: [
      ...(failed.length
        ? [`Outside this search's filters: ${failed.map((f) => HARD_FILTERS[f].fit).join(', ')}`]
        : []),
      ...reasonsFor({ ...scored, lifted: false, movedUp: false }, plan, now),
    ],
  };
}

/** The hard filters this person does not pass: each probed by leaving only it out. */
export async function failedFilters(db: Db, plan: SearchPlan, id: number): Promise<FilterName[]> {
  const passes = async (skip?: FilterName[]) =>
    (await db
      .selectFrom('freelancers as f')
      .select('f.id')
      .where('f.id', '=', id)
      .where((eb) => hardFilters(plan, eb, new Set(skip)))
      .executeTakeFirst()) !== undefined;
  if (await passes()) return [];
  const failed: FilterName[] = [];
  for (const name of FILTER_NAMES) {
    if (!(await passes(FILTER_NAMES.filter((f) => f !== name)))) failed.push(name);
  }
  return failed;
}
