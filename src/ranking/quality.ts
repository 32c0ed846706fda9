// Quality from public stats, shrunk towards the index mean (Bayesian averaging), so a 5.0 from two
// reviews does not outrank a 4.9 from two hundred. The prior weights say how many reviews (or
// jobs) of evidence the mean counts for.

export const RATING_PRIOR = { mean: 4.4, weight: 8 };
export const JOB_SUCCESS_PRIOR = { mean: 82, weight: 6 };

export interface QualityStats {
  rating: number | null;
  reviews_count: number;
  job_success: number | null;
  jobs_completed: number;
}

export function smoothedRating(s: Pick<QualityStats, 'rating' | 'reviews_count'>): number {
  const n = s.rating === null ? 0 : s.reviews_count;
  return (
    (RATING_PRIOR.mean * RATING_PRIOR.weight + (s.rating ?? 0) * n) / (RATING_PRIOR.weight + n)
  );
}

export function smoothedJobSuccess(
  s: Pick<QualityStats, 'job_success' | 'jobs_completed'>,
): number {
  const n = s.job_success === null ? 0 : s.jobs_completed;
  return (
    (JOB_SUCCESS_PRIOR.mean * JOB_SUCCESS_PRIOR.weight + (s.job_success ?? 0) * n) /
    (JOB_SUCCESS_PRIOR.weight + n)
  );
}

/** Quality in 0..1: smoothed rating (3.5★ → 0, 5★ → 1) blended with smoothed job success. */
export function qualityScore(s: QualityStats): number {
  const rating = clamp01((smoothedRating(s) - 3.5) / 1.5);
  const success = clamp01((smoothedJobSuccess(s) - 50) / 50);
  return 0.6 * rating + 0.4 * success;
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
