// One retrieved profile as the scorer reads it: the freelancer's facts and their evidence in the
// searched skills.

/** A person's record in one searched skill (or a narrower one), from freelancer_skills. */
export interface SkillRow {
  skill_id: number;
  years: number | null;
  level: string | null;
  /** Portfolio items and contracts that show the skill. */
  evidence: number;
  /** Contracts in the skill with a client rating, and the sum of those ratings. */
  rated: number;
  rating_sum: number;
  /** Contracts in the skill with a known outcome, and how many of them succeeded. */
  judged: number;
  succeeded: number;
}

export interface CandidateRow {
  id: number;
  external_id: string;
  name: string;
  title: string;
  hourly_rate_usd: number;
  country: string;
  timezone: string;
  rating: number | null;
  reviews_count: number;
  jobs_completed: number;
  job_success: number | null;
  total_earnings_usd: number;
  badges: string[];
  hours_per_week: number;
  available_from: string | null;
  response_time_hours: number | null;
  member_since: string;
  experience_years: number;
  text_rank: number;
  /** BM25-like relevance of the whole profile text to the request's words (full-text recall). */
  fulltext_rank: number;
  /** The most evidence behind any one of the person's skills: what "a lot" means for them. */
  max_evidence: number;
  /** Searched skills (and narrower ones) the person lists: see SkillRow. */
  skills: SkillRow[] | null;
}
