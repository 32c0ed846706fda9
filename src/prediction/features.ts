// Features of one contract for one freelancer, computed only from what was known on the day the
// contract started: earlier contracts count only once they had ended before that day, so no
// outcome from the future leaks into a feature.

export interface ContractFacts {
  start_date: string;
  end_date: string | null;
  skill_ids: number[];
  hourly: boolean | null;
  rating: number | null;
  on_time: boolean | null;
  rehired: boolean | null;
  success: boolean | null;
}

export interface FreelancerFacts {
  hourly_rate_usd: number;
  experience_years: number;
  /** Stated skills: skill id → years (null when not stated) and level. */
  skills: Map<number, { years: number | null; level: string | null }>;
}

/** The target: a real past contract, or the searched project as of today. */
export interface TargetContract {
  start_date: string;
  skill_ids: number[];
  hourly: boolean | null;
}

export const FEATURES = [
  { name: 'job_success', label: 'Job Success at the time' },
  { name: 'job_success_missing', label: 'No Job Success yet (under 3 finished contracts)' },
  { name: 'prior_contracts', label: 'Finished contracts before' },
  { name: 'prior_rating', label: 'Average rating before' },
  { name: 'prior_on_time', label: 'On-time delivery before' },
  { name: 'prior_success', label: 'Successful contracts before' },
  { name: 'prior_rehire', label: 'Rehired by clients before' },
  { name: 'skills_stated', label: 'Project skills on the profile' },
  { name: 'skill_depth', label: 'Years in the project skills' },
  { name: 'skills_expert', label: 'Expert level in the project skills' },
  { name: 'skill_track', label: 'Earlier contracts in the project skills' },
  { name: 'log_rate', label: 'Hourly rate' },
  { name: 'hourly', label: 'Hourly contract' },
] as const;
export type FeatureName = (typeof FEATURES)[number]['name'];

/** Minimum finished contracts for a Job Success figure, as on the marketplaces. */
export const JOB_SUCCESS_MIN_CONTRACTS = 3;

// Shrinkage towards the index-wide averages, so two perfect contracts do not look like twenty.
const PRIOR = { rating: { mean: 4.4, weight: 3 }, rate: { mean: 0.7, weight: 3 } };

const LEVEL_EXPERT = 'expert';

/** Job Success on a 0..1 scale from finished contracts, or null below the minimum. */
export function jobSuccessOf(finished: ContractFacts[]): number | null {
  if (finished.length < JOB_SUCCESS_MIN_CONTRACTS) return null;
  const share = (pick: (c: ContractFacts) => boolean | null) =>
    finished.filter((c) => pick(c) === true).length / finished.length;
  const score = 0.7 * share((c) => c.success) + 0.2 * share((c) => c.on_time);
  return Math.min(1, score + 0.1 * Math.min(1, 2 * share((c) => c.rehired)));
}

function shrunkRate(values: (boolean | null)[]): number {
  const known = values.filter((v): v is boolean => v !== null);
  const hits = known.filter(Boolean).length;
  return (PRIOR.rate.mean * PRIOR.rate.weight + hits) / (PRIOR.rate.weight + known.length);
}

/** Contracts that had ended before `day` (ISO dates compare as strings). */
export function finishedBefore(history: ContractFacts[], day: string): ContractFacts[] {
  return history.filter((c) => c.end_date !== null && c.end_date < day && c.success !== null);
}

export function contractFeatures(
  target: TargetContract,
  history: ContractFacts[],
  freelancer: FreelancerFacts,
): Record<FeatureName, number> {
  const prior = finishedBefore(history, target.start_date);
  const ratings = prior.flatMap((c) => (c.rating === null ? [] : [c.rating]));
  const ratingSum = ratings.reduce((a, b) => a + b, 0);
  const js = jobSuccessOf(prior);

  const skills = target.skill_ids;
  const stated = skills.filter((id) => freelancer.skills.has(id));
  const maxYears = Math.max(1, freelancer.experience_years);
  const depth = stated.map((id) => Math.min(1, (freelancer.skills.get(id)?.years ?? 0) / maxYears));
  const expert = stated.filter((id) => freelancer.skills.get(id)?.level === LEVEL_EXPERT).length;
  // How often each project skill appeared in earlier contracts that had already started.
  const started = history.filter((c) => c.start_date < target.start_date);
  const track = skills.map(
    (id) => started.filter((c) => c.skill_ids.includes(id)).length / Math.max(1, started.length),
  );
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

  return {
    job_success: js ?? 0,
    job_success_missing: js === null ? 1 : 0,
    prior_contracts: Math.log1p(prior.length),
    prior_rating:
      (PRIOR.rating.mean * PRIOR.rating.weight + ratingSum) /
      (PRIOR.rating.weight + ratings.length),
    prior_on_time: shrunkRate(prior.map((c) => c.on_time)),
    prior_success: shrunkRate(prior.map((c) => c.success)),
    prior_rehire: shrunkRate(prior.map((c) => c.rehired)),
    skills_stated: skills.length ? stated.length / skills.length : 0,
    skill_depth: skills.length ? depth.reduce((a, b) => a + b, 0) / skills.length : 0,
    skills_expert: skills.length ? expert / skills.length : 0,
    skill_track: mean(track),
    log_rate: Math.log(Math.max(1, freelancer.hourly_rate_usd)),
    hourly: target.hourly === false ? 0 : 1,
  };
}

/** The baseline sees only Job Success as of the contract's start (and whether there is one). */
export const BASELINE_FEATURES: FeatureName[] = ['job_success', 'job_success_missing'];
