import { initials } from '../handoff/page-layout.js';
import type { Candidate, SearchOutput } from '../search/explain/result-schema.js';

export { initials };

// The widget's view of a search page. The server sends it in the result's _meta (the model never
// reads it); the widget rebuilds it from structuredContent when a host passes no _meta. Pure code
// with no Node or zod imports: the widget bundle imports this file too.

export interface Card {
  freelancer_id: string;
  initials: string;
  name: string;
  title: string;
  rate: string;
  rating: string;
  rating_label: string;
  location: string;
  score: number;
  reasons: string[];
  required: { matched: string[]; missing: string[] };
  preferred: { matched: string[]; missing: string[] };
  badges: string[];
  availability: string;
  job_success: string | null;
  jobs_completed: number;
  hourly_rate_usd: number;
  review: { quote: string; project: string; rating: number | null } | null;
  profile_url: string;
}

/** A brief drafted from the search, so "Hire" in the widget needs nothing typed. */
export interface DraftBrief {
  title: string;
  description: string;
  skills: string[];
  hourly_rate?: { min?: number; max?: number };
  duration_weeks?: number;
  start_date?: string;
}

export interface SearchWidgetMeta {
  kind: 'search';
  search_id: string;
  total_matches: number;
  /** The count stopped at its cap: at least `total_matches` match (DESIGN §3). */
  total_is_lower_bound: boolean;
  next_cursor: string | null;
  filters: string[];
  notices: string[];
  cards: Card[];
  brief: DraftBrief | null;
}

const BADGE_LABELS: Record<string, string> = {
  top_rated: 'Top Rated',
  top_rated_plus: 'Top Rated Plus',
  rising_talent: 'Rising Talent',
  expert_vetted: 'Expert-Vetted',
};

export function toCard(c: Candidate): Card {
  const rating = c.rating === null ? 'New' : c.rating.toFixed(1);
  const reviews = `${c.reviews_count} review${c.reviews_count === 1 ? '' : 's'}`;
  return {
    freelancer_id: c.freelancer_id,
    initials: initials(c.name),
    name: c.name,
    title: c.title,
    rate: `$${Math.round(c.hourly_rate_usd)}/h`,
    rating: c.rating === null ? 'New' : `${rating} (${c.reviews_count})`,
    rating_label: c.rating === null ? 'No reviews yet' : `Rated ${rating} out of 5 from ${reviews}`,
    location: `${c.country} · ${c.timezone.replace(/_/g, ' ')}`,
    score: Math.round(c.match.score),
    // Three reasons fit a card; the profile view shows the full fit.
    reasons: c.match.reasons.slice(0, 3),
    required: c.match.required,
    preferred: c.match.preferred,
    badges: c.badges.map((b) => BADGE_LABELS[b] ?? b),
    availability: `${c.availability_hours_per_week} h/week`,
    job_success: c.job_success === null ? null : `${Math.round(c.job_success)}%`,
    jobs_completed: c.jobs_completed,
    hourly_rate_usd: c.hourly_rate_usd,
    review: c.match.review ?? null,
    profile_url: c.profile_url,
  };
}

interface BriefCriteria {
  query?: string;
  required_skills?: string[];
  preferred_skills?: string[];
  hourly_rate?: { min?: number; max?: number };
  project?: { duration_weeks?: number; budget_usd?: number; start_date?: string };
}

/** The client's own words make the description; the title names the skills they asked for. */
export function briefFromSearch(
  criteria: BriefCriteria,
  out: Pick<SearchOutput, 'interpreted'>,
): DraftBrief {
  const skills = [
    ...out.interpreted.required_skills.map((s) => s.skill),
    ...out.interpreted.preferred_skills.map((s) => s.skill),
    ...out.interpreted.skills_in_query,
  ].filter((s, i, all) => all.indexOf(s) === i);
  const query = (criteria.query ?? '').trim();
  const lead = skills.slice(0, 2).join(' and ');
  const title = lead ? `${lead} freelancer` : query.slice(0, 80) || 'Freelance project';
  const description =
    query.length >= 10 ? query : `Looking for a freelancer: ${query || skills.join(', ')}.`;
  const rate = criteria.hourly_rate;
  return {
    title: title.length >= 3 ? title.slice(0, 120) : 'Freelance project',
    description: description.slice(0, 3000),
    skills: skills.slice(0, 15),
    ...(rate && (rate.min !== undefined || rate.max !== undefined) ? { hourly_rate: rate } : {}),
    ...(criteria.project?.duration_weeks
      ? { duration_weeks: criteria.project.duration_weeks }
      : {}),
    ...(criteria.project?.start_date ? { start_date: criteria.project.start_date } : {}),
  };
}

export function searchWidgetMeta(out: SearchOutput, brief: DraftBrief | null): SearchWidgetMeta {
  return {
    kind: 'search',
    search_id: out.search_id,
    total_matches: out.total_matches,
    total_is_lower_bound: out.total_is_lower_bound ?? false,
    next_cursor: out.next_cursor ?? null,
    filters: out.interpreted.filters,
    notices: out.notices,
    cards: out.candidates.map(toCard),
    brief,
  };
}
