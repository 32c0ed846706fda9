import { z } from 'zod';
import { Interpreted } from '../../core/search-plan.js';

// The structuredContent of search_freelancers and refine_search. The model reads it verbatim, so
// it stays small: ids, facts and short reasons; full cards go to the widget through _meta.

export const Match = z.object({
  score: z.number().min(0).max(100),
  required: z.object({ matched: z.array(z.string()), missing: z.array(z.string()) }),
  preferred: z.object({ matched: z.array(z.string()), missing: z.array(z.string()) }),
  reasons: z.array(z.string()),
  review: z
    .object({ quote: z.string(), rating: z.number().nullable(), project: z.string() })
    .optional(),
});

export const Candidate = z.object({
  freelancer_id: z.string(),
  name: z.string(),
  title: z.string(),
  hourly_rate_usd: z.number(),
  country: z.string(),
  timezone: z.string(),
  rating: z.number().nullable(),
  reviews_count: z.number(),
  jobs_completed: z.number(),
  job_success: z.number().nullable(),
  badges: z.array(z.string()),
  availability_hours_per_week: z.number(),
  profile_url: z.string(),
  match: Match,
});
export type Candidate = z.infer<typeof Candidate>;

export const SearchOutputShape = {
  search_id: z.string(),
  total_matches: z.number().int(),
  /** Counting stopped at 10,000: total_matches is a lower bound ("10,000+"). */
  total_is_lower_bound: z.boolean().optional(),
  interpreted: Interpreted,
  candidates: z.array(Candidate),
  next_cursor: z.string().optional(),
  notices: z.array(z.string()),
};
export const SearchOutput = z.object(SearchOutputShape);
export type SearchOutput = z.infer<typeof SearchOutput>;

export const RefineOutput = z.object({
  ...SearchOutputShape,
  changes: z.array(z.string()),
  movement: z.object({
    entered: z.array(z.object({ freelancer_id: z.string(), name: z.string(), rank: z.number() })),
    left: z.array(z.object({ freelancer_id: z.string(), name: z.string() })),
  }),
});
export type RefineOutput = z.infer<typeof RefineOutput>;
