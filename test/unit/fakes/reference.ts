import type { CandidateRow, SkillRow } from '../../../src/core/candidate.js';
import { loadRegions } from '../../../src/reference/fixtures.js';
import type { Geo } from '../../../src/reference/index-facts.js';

// Facts for unit tests of the search stages without a database: the regions of fixtures/ as
// readGeo would build them, and retrieved rows with ordinary values to override.

export function fixtureGeo(): Geo {
  const { countries } = loadRegions();
  const byRegion = new Map<string, string[]>();
  for (const c of countries) byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.code]);
  return {
    countries: new Map(countries.map((c) => [c.code, { name: c.name, region: c.region }])),
    byRegion,
    timezones: [...new Set(countries.flatMap((c) => c.timezones))],
  };
}

/** A retrieved candidate with ordinary facts; override what a test is about. */
export function candidateRow(overrides: Partial<CandidateRow> = {}): CandidateRow {
  return {
    id: 1,
    external_id: 'fl_1',
    name: 'Ana Example',
    title: 'Web developer',
    hourly_rate_usd: 60,
    country: 'DE',
    timezone: 'Europe/Berlin',
    rating: 4.8,
    reviews_count: 12,
    jobs_completed: 15,
    job_success: 94,
    total_earnings_usd: 40_000,
    badges: [],
    hours_per_week: 30,
    available_from: null,
    response_time_hours: 4,
    member_since: '2021-03-01',
    experience_years: 6,
    text_rank: 0,
    fulltext_rank: 0,
    max_evidence: 8,
    skills: [],
    ...overrides,
  };
}

/** A person's record in one skill. */
export function skillRow(skillId: number, overrides: Partial<SkillRow> = {}): SkillRow {
  return {
    skill_id: skillId,
    years: 4,
    level: 'expert',
    evidence: 5,
    rated: 4,
    rating_sum: 19,
    judged: 4,
    succeeded: 4,
    ...overrides,
  };
}
