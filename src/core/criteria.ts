import { z } from 'zod';
import { REGIONS } from '../reference/fixtures.js';
import { BADGES, LANGUAGE_LEVELS } from '../reference/profile-terms.js';

// What a client can ask for (DESIGN §3). search_freelancers takes these fields; refine_search
// patches them; a search session stores them.

export { REGIONS, type Region } from '../reference/fixtures.js';

const skillList = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'a skill name cannot be empty')
      .max(80, 'a skill name is at most 80 characters'),
  )
  .max(20, 'name at most 20 skills');

const isoDate = z.iso.date({ error: 'must be an ISO date such as 2026-12-01' });

export const RateRange = z
  .object({
    min: z.number().min(0).max(1000).optional(),
    max: z.number().min(1).max(1000).optional(),
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'hourly_rate.min must not be above hourly_rate.max',
  })
  .describe('Hourly rate range in USD.');

export const LocationFilter = z
  .object({
    countries: z
      .array(
        z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as "DE"'),
      )
      .max(60)
      .optional()
      .describe('ISO 3166 alpha-2 codes. Only when the client asks for a country.'),
    regions: z.array(z.enum(REGIONS)).max(7).optional(),
    exclude_countries: z
      .array(
        z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166 alpha-2 country code such as "IN"'),
      )
      .max(60)
      .optional()
      .describe(
        'Countries to leave out ("nobody based in the US" → ["US"]); never put these in countries.',
      ),
    exclude_regions: z
      .array(z.enum(REGIONS))
      .max(7)
      .optional()
      .describe('Regions to leave out ("no one from Asia" → ["asia"]).'),
    utc_offset_min: z
      .number()
      .min(-12)
      .max(14)
      .optional()
      .describe('Hours from UTC, today (DST included).'),
    utc_offset_max: z.number().min(-12).max(14).optional(),
    overlap_with: z
      .object({
        timezone: z
          .string()
          .min(1)
          .describe('IANA name of the client time zone, e.g. America/New_York.'),
        hours: z
          .number()
          .min(1)
          .max(12)
          .describe('Shared working hours a day (9:00–17:00 local) wanted.'),
      })
      .optional(),
  })
  .refine(
    (l) =>
      l.utc_offset_min === undefined ||
      l.utc_offset_max === undefined ||
      l.utc_offset_min <= l.utc_offset_max,
    { message: 'location.utc_offset_min must not be above location.utc_offset_max' },
  );

export const LanguageFilter = z.object({
  code: z.string().regex(/^[a-zA-Z]{2}$/, 'must be an ISO 639-1 code such as "de"'),
  min_level: z.enum(LANGUAGE_LEVELS).optional(),
});

export const CriteriaFields = {
  query: z
    .string()
    .trim()
    .min(1, 'describe the need in a few words')
    .max(
      2000,
      'keep the query under 2,000 characters: the need in the client’s words, not a document',
    )
    .describe('The need in the client’s words.'),
  required_skills: skillList
    .optional()
    .describe(
      'Skills every candidate must show. Synonyms and narrower skills count (ReactJS, Next.js → React).',
    ),
  preferred_skills: skillList.optional().describe('Skills that rank higher but do not filter.'),
  hourly_rate: RateRange.optional(),
  location: LocationFilter.optional(),
  languages: z.array(LanguageFilter).max(10).optional(),
  experience_level: z
    .enum(['entry', 'intermediate', 'expert'])
    .optional()
    .describe('intermediate: 2+ years in a skill; expert: 6+ years.'),
  availability: z
    .object({
      min_hours_per_week: z.number().min(1).max(80).optional(),
      start_by: isoDate.optional(),
    })
    .optional(),
  min_rating: z.number().min(1).max(5).optional(),
  min_job_success: z.number().min(0).max(100).optional(),
  min_jobs_completed: z.number().int().min(0).max(10000).optional(),
  talent_type: z.enum(['independent', 'agency', 'any']).optional(),
  badges: z
    .array(z.enum(BADGES))
    .max(4)
    .optional()
    .describe('Candidates must hold at least one of these.'),
  project: z
    .object({
      duration_weeks: z.number().min(1).max(520).optional(),
      budget_usd: z.number().min(1).optional(),
      start_date: isoDate.optional(),
    })
    .optional()
    .describe('The project, used for fit and prediction.'),
};

// A session's criteria also remember who the client has set aside during refinement.
export const Criteria = z.object({
  ...CriteriaFields,
  exclude_freelancer_ids: z.array(z.string().min(1).max(100)).max(200).optional(),
});
export type Criteria = z.infer<typeof Criteria>;

/** Criteria field names that `clear` in refine_search may drop. */
export const CLEARABLE = [
  ...Object.keys(CriteriaFields).filter((k) => k !== 'query'),
  'exclude_freelancer_ids',
] as unknown as [keyof Criteria, ...(keyof Criteria)[]];
