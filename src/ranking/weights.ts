// The weights of the ranking features, in one place. Each feature is normalised to 0..1 per query;
// a feature that does not apply to a query (no preferred skills, no time-zone wish, no
// embeddings) is left out and the others are renormalised, so scores stay comparable.
//
// How they were chosen: start from what clients say they weigh (skill fit first, then proven
// quality, then logistics), then tune by hand on `shortlist eval` over the seeded index, keeping
// only changes that raised NDCG@10 on every query type, never one type at the expense of the
// rest. Skill depth and quality dominate; logistics break ties.

export const FEATURE_WEIGHTS = {
  required: 0.08,
  preferred: 0.13,
  query_skills: 0.22,
  title: 0.02,
  text: 0.05,
  fulltext: 0.06,
  semantic: 0.09,
  quality: 0.22,
  experience: 0.02,
  rate: 0.03,
  availability: 0.02,
  timezone: 0.06,
  responsiveness: 0.12,
} as const;

export type FeatureName = keyof typeof FEATURE_WEIGHTS;

export const FEATURE_LABELS: Record<FeatureName, string> = {
  required: 'Required skills, with depth',
  preferred: 'Preferred skills',
  query_skills: 'Skills named in the request',
  title: 'Title names the searched skills',
  text: 'Text relevance',
  fulltext: 'Profile text relevance (whole profile)',
  semantic: 'Semantic similarity',
  quality: 'Client ratings and job success (smoothed)',
  experience: 'Past work in the searched skills',
  rate: 'Rate fit',
  availability: 'Availability',
  timezone: 'Time-zone overlap',
  responsiveness: 'Responsiveness',
};

/** Re-ranking: diversity penalty per earlier pick from the same country, and the exposure rule. */
export const RERANK = {
  sameCountryPenalty: 0.02,
  sameTitlePenalty: 0.03,
  /** A rising-talent candidate may be lifted onto the page if within this share of the last slot. */
  risingTalentWithin: 0.9,
  /**
   * New talent (rising talent, or a member for under a year) may be lifted onto the first screen
   * if their score is within this share of its last slot's, and they fit the request at least as
   * well as the least relevant one shown there: smoothed ratings and past work pull newcomers
   * down, not their fit.
   */
  newTalentWithin: 0.85,
  /** Lifted ones never go above this position (1-based); the first screen is this long. */
  risingTalentBestPosition: 3,
  exposurePage: 5,
} as const;

/** The features that say how well someone fits the request, as against how proven they are. */
export const RELEVANCE_FEATURES: FeatureName[] = [
  'required',
  'preferred',
  'query_skills',
  'title',
  'text',
  'fulltext',
  'semantic',
];
