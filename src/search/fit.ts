import type { AppContext } from '../context.js';
import { reasonsFor } from '../ranking/reasons.js';
import { FEATURE_LABELS, FEATURE_WEIGHTS, type FeatureName } from '../ranking/weights.js';
import type { Criteria } from './criteria.js';
import { hardFilters, type FilterName } from './filters.js';
import type { SearchPlan } from './interpret.js';
import { planSearch, scoreSearch } from './search.js';

// One freelancer's fit against a search, feature by feature: the same features, weights and
// per-query normalisation as the ranked list, so the breakdown adds up to the score they had there.

export interface FitBreakdown {
  score: number;
  features: { name: string; label: string; value: number; weight: number }[];
  required: { matched: string[]; missing: string[] };
  preferred: { matched: string[]; missing: string[] };
  reasons: string[];
}

export async function explainFit(
  ctx: AppContext,
  criteria: Criteria,
  freelancerId: string,
): Promise<FitBreakdown | undefined> {
  const now = ctx.clock();
  const plan = await planSearch(ctx, criteria);
  // Scored beside the search's own candidates, so text relevance is normalised as it was there.
  const { scored: all } = await scoreSearch(ctx, plan, freelancerId);
  const scored = all.find((s) => s.row.external_id === freelancerId);
  if (!scored) return undefined;
  const failed = await failedFilters(ctx, plan, scored.row.id);
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
        ? [`Outside this search's filters: ${failed.map((f) => f.replace(/_/g, ' ')).join(', ')}`]
        : []),
      ...reasonsFor({ ...scored, lifted: false }, plan, now),
    ],
  };
}

const FILTERS: FilterName[] = [
  'required_skills',
  'hourly_rate_min',
  'hourly_rate_max',
  'countries',
  'timezones',
  'languages',
  'experience_level',
  'min_hours_per_week',
  'start_by',
  'min_rating',
  'min_job_success',
  'min_jobs_completed',
  'talent_type',
  'badges',
];

/** The hard filters this person does not pass: each probed by leaving only it out. */
async function failedFilters(ctx: AppContext, plan: SearchPlan, id: number): Promise<FilterName[]> {
  const passes = async (skip?: FilterName[]) =>
    (await ctx.db
      .selectFrom('freelancers as f')
      .select('f.id')
      .where('f.id', '=', id)
      .where((eb) => hardFilters(plan, eb, { skip: new Set(skip) }))
      .executeTakeFirst()) !== undefined;
  if (await passes()) return [];
  const failed: FilterName[] = [];
  for (const name of FILTERS) {
    if (!(await passes(FILTERS.filter((f) => f !== name)))) failed.push(name);
  }
  return failed;
}
