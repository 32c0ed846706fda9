import fc from 'fast-check';
import type { Criteria } from '../../../src/core/criteria.js';

// Criteria as a client might send them: every filter sometimes set, with values the schema takes.

export const someCriteria: fc.Arbitrary<Criteria> = fc.record(
  {
    query: fc.constantFrom('react developer', 'logo for my bakery', 'data pipeline'),
    required_skills: fc.subarray(['React', 'TypeScript', 'GraphQL', 'Python'], { minLength: 1 }),
    preferred_skills: fc.subarray(['Redux', 'Figma']),
    hourly_rate: fc.record(
      { min: fc.integer({ min: 0, max: 40 }), max: fc.integer({ min: 41, max: 300 }) },
      { requiredKeys: [] },
    ),
    location: fc.record(
      {
        regions: fc.subarray(['europe', 'asia'] as const, { minLength: 1 }),
        exclude_countries: fc.subarray(['IN', 'US'], { minLength: 1 }),
        utc_offset_min: fc.integer({ min: -6, max: 0 }),
        utc_offset_max: fc.integer({ min: 1, max: 6 }),
      },
      { requiredKeys: [] },
    ),
    languages: fc.subarray([{ code: 'de' }, { code: 'fr', min_level: 'fluent' as const }], {
      minLength: 1,
    }),
    experience_level: fc.constantFrom('entry' as const, 'intermediate' as const, 'expert' as const),
    availability: fc.record(
      { min_hours_per_week: fc.integer({ min: 1, max: 40 }), start_by: fc.constant('2027-01-10') },
      { requiredKeys: [] },
    ),
    min_rating: fc.constantFrom(3, 4, 4.5, 5),
    min_job_success: fc.integer({ min: 50, max: 100 }),
    min_jobs_completed: fc.integer({ min: 1, max: 50 }),
    talent_type: fc.constantFrom('agency' as const, 'independent' as const, 'any' as const),
    badges: fc.subarray(['top_rated' as const, 'rising_talent' as const], { minLength: 1 }),
    exclude_freelancer_ids: fc.subarray(['fl_1', 'fl_2'], { minLength: 1 }),
  },
  { requiredKeys: ['query'] },
);
