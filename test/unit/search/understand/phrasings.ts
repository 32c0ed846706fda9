import type { Criteria } from '../../../../src/core/criteria.js';
import type { InstructionPatch } from '../../../../src/search/understand/instruction/draft.js';

// Refinements in everyday words and the patch each must give. Unless a row says otherwise, the
// search being refined is "react developer" with React required and a cap of $80/h, today is
// 2026-12-01, and the list is Jan Novotný ($60), Daniel Y. ($80), Maria Silva ($45).

export const BASE: Criteria = {
  query: 'react developer',
  required_skills: ['React'],
  hourly_rate: { max: 80 },
};

export interface Phrasing {
  say: string;
  patch: InstructionPatch;
  base?: Partial<Criteria> & { location?: InstructionPatch['location'] };
  /** The fields a row is about, for the coverage count. */
  about: string;
}

const rate = (r: { min?: number; max?: number }, say: string[]): Phrasing[] =>
  say.map((s) => ({ say: s, patch: { hourly_rate: r }, about: 'hourly_rate' }));
const rows = (about: string, patch: InstructionPatch, say: string[], base?: Phrasing['base']) =>
  say.map((s): Phrasing => ({ say: s, patch, about, ...(base ? { base } : {}) }));

export const PHRASINGS: Phrasing[] = [
  // Rate caps, floors and ranges; negated directions are the opposite direction.
  ...rate({ max: 45 }, [
    'make it cheaper, nobody above $45 an hour',
    'nobody above $45 an hour',
    'under $45/h',
    'below 45 dollars per hour',
    'at most $45',
    'no more than $45/hr',
    'cap the rate at $45',
    "don't show anyone over $45/hr",
    'not more than 45 usd',
    'max $45 an hour',
    '$45 or less',
    '$45/h max',
    'nothing above $45',
    'less than $45 per hour',
    'budget up to $45 an hour',
    'keep it under forty five dollars an hour',
    'nobody charging more than $45',
    'no one whose rate is above $45',
  ]),
  ...rate({ min: 30, max: 80 }, [
    'at least $30/h',
    'over $30 an hour',
    'nobody under $30 an hour',
    'no less than $30/hr',
    'minimum $30 per hour',
    'not below $30/h',
    '$30+ per hour',
  ]),
  ...rate({ min: 40, max: 60 }, [
    'between $40 and $60 an hour',
    '$40-60/h',
    '$40 to $60 per hour',
    'from $40 to $60 an hour',
  ]),
  ...rate({ max: 60 }, [
    'cheaper please',
    'make it cheaper',
    'more affordable options',
    'lower the budget',
  ]),
  ...rate({ max: 70 }, ['$10 cheaper']),
  ...rate({ max: 64 }, ['20% cheaper']),
  ...rate({ max: 100 }, ['we can pay more', 'raise the budget']),
  // "A bit" is half the usual step.
  ...rate({ max: 90 }, ['a bit more budget']),
  ...rows('hourly_rate', { clear: ['hourly_rate'] }, [
    "the budget doesn't matter",
    'drop the budget',
    'forget the rate',
    'any rate is fine',
    'no rate cap',
    'remove the budget limit',
    'budget is not important',
  ]),
  // Rating, job success, jobs completed.
  ...rows('min_rating', { min_rating: 4.8 }, [
    'at least 4.8 stars',
    '4.8+ stars',
    'rated 4.8 or higher',
    'nobody under 4.8 stars',
    'rating above 4.8',
    'no one below 4.8 stars please',
    'not less than 4.8 stars',
    'minimum rating 4.8',
    '4.8 stars or better',
  ]),
  ...rows('min_rating', { min_rating: 4.5 }, [
    'highly rated only',
    'better reviews',
    'good reviews please',
  ]),
  ...rows(
    'min_rating',
    { clear: ['min_rating'] },
    ["rating doesn't matter", 'drop the rating filter', 'no minimum rating'],
    { min_rating: 4.5 },
  ),
  ...rows('min_job_success', { min_job_success: 90 }, [
    'job success above 90%',
    'at least 90% job success',
    'JSS 90+',
    'job success score of at least 90 percent',
    'nobody with job success below 90%',
  ]),
  ...rows('min_jobs_completed', { min_jobs_completed: 20 }, [
    'at least 20 jobs completed',
    'more than 20 completed jobs',
    '20+ jobs',
    'nobody with fewer than 20 jobs',
  ]),
  ...rows(
    'min_jobs_completed',
    { clear: ['min_jobs_completed'] },
    ['track record does not matter'],
    { min_jobs_completed: 10 },
  ),
  // Hours per week and start dates.
  ...rows('availability', { availability: { min_hours_per_week: 30 } }, [
    'at least 30 hours a week',
    '30+ hours per week',
    'available 30 hours a week',
    'nobody under 30 hrs/week',
    'minimum 30 h/week',
  ]),
  ...rows('availability', { availability: { start_by: '2026-12-13' } }, [
    'available to start next week',
    'can start next week',
    'starting next week',
  ]),
  ...rows('availability', { availability: { start_by: '2026-12-01' } }, [
    'start ASAP',
    'available immediately',
    'needs to start right away',
  ]),
  ...rows('availability', { availability: { start_by: '2027-01-31' } }, [
    'in January',
    'can start in January',
    'available sometime in January',
  ]),
  ...rows('availability', { availability: { start_by: '2026-12-15' } }, [
    'within two weeks',
    'able to start within 2 weeks',
  ]),
  ...rows('availability', { availability: { start_by: '2027-03-15' } }, [
    'by March 15',
    'start by 15 March',
  ]),
  ...rows('availability', { clear: ['availability'] }, ['start date does not matter', 'no rush'], {
    availability: { start_by: '2026-12-05' },
  }),
  // Languages with levels.
  ...rows('languages', { languages: [{ code: 'es' }] }, [
    'must speak Spanish',
    'Spanish speakers only',
    'speaks Spanish',
  ]),
  ...rows('languages', { languages: [{ code: 'de', min_level: 'fluent' }] }, [
    'fluent German',
    'fluent in German',
    'German, fluent',
  ]),
  ...rows('languages', { languages: [{ code: 'en', min_level: 'native' }] }, [
    'native English speakers',
    'English as a first language',
  ]),
  ...rows(
    'languages',
    {
      languages: [
        { code: 'de', min_level: 'fluent' },
        { code: 'fr', min_level: 'conversational' },
      ],
    },
    ['fluent German and conversational French'],
  ),
  ...rows(
    'languages',
    { clear: ['languages'] },
    [
      "doesn't need to speak French",
      'French is not required',
      'no French requirement',
      'drop the language requirement',
    ],
    { languages: [{ code: 'fr' }] },
  ),
  // Countries and regions, in and out.
  ...rows('location', { location: { exclude_countries: ['US'] } }, [
    'nobody based in the United States',
    'not from the US',
    'no Americans',
    'exclude the USA',
    'anyone but Americans',
    'no one from the States',
    'US-based people are not ok',
  ]),
  ...rows('location', { location: { exclude_countries: ['IN'] } }, [
    'not from India',
    'no Indians',
    'without India',
    'everywhere except India',
    'rule out India',
    'India is out, not ok',
  ]),
  ...rows('location', { location: { exclude_countries: ['IN', 'PK'] } }, [
    'not from India or Pakistan',
    'nobody from India, Pakistan',
    'exclude Indians and Pakistanis',
  ]),
  ...rows('location', { location: { countries: ['DE', 'PL'] } }, [
    'in Germany or Poland',
    'only Germany and Poland',
    'based in Germany or Poland',
    'Germans or Poles',
  ]),
  ...rows('location', { location: { countries: ['GB'] } }, [
    'UK only',
    'based in Britain',
    'someone in London',
    'British freelancers',
  ]),
  ...rows('location', { location: { regions: ['europe'] } }, [
    'in Europe',
    'Europeans only',
    'European freelancers',
  ]),
  ...rows('location', { location: { regions: ['europe', 'latin_america'] } }, [
    'Europe or Latin America',
    'Europe or LATAM',
  ]),
  ...rows('location', { location: { exclude_regions: ['asia'] } }, [
    'not in Asia',
    'nobody from Asia',
    'no Asian freelancers',
  ]),
  ...rows('location', { location: { countries: ['SE', 'NO', 'DK', 'FI'] } }, [
    'Scandinavia only',
    'in the Nordics',
  ]),
  ...rows('location', { location: { exclude_countries: ['RU', 'BY'] } }, [
    'everyone except people from Russia and Belarus',
    'no Russians or Belarusians',
  ]),
  ...rows(
    'location',
    { location: { countries: ['PL'] } },
    ['Poland instead of Germany', 'drop Germany'],
    { location: { countries: ['DE', 'PL'] } },
  ),
  ...rows(
    'location',
    { location: { countries: ['DE', 'PL'] } },
    ['Poland is fine too', 'also Poland'],
    { location: { countries: ['DE'] } },
  ),
  ...rows(
    'location',
    { clear: ['location'] },
    ['anywhere is fine', 'location does not matter', 'drop the location filter', 'any country'],
    { location: { countries: ['DE'] } },
  ),
  ...rows('location', { clear: ['location'] }, ['Indians are fine', 'India is ok after all'], {
    location: { exclude_countries: ['IN'] },
  }),
  // Time zones.
  ...rows('location', { location: { overlap_with: { timezone: 'Europe/London', hours: 4 } } }, [
    'overlap 4 hours with London',
    '4 hours overlap with London',
    'at least four hours of overlap with London',
    'needs to overlap with UK time',
  ]),
  ...rows('location', { location: { overlap_with: { timezone: 'America/New_York', hours: 3 } } }, [
    '3 hours overlap with New York',
    'overlap with EST by 3 hours',
  ]),
  ...rows('location', { location: { utc_offset_min: -1, utc_offset_max: 3 } }, [
    'European time zones',
    'in a European time zone',
    'Europe time zone',
  ]),
  ...rows('location', { location: { utc_offset_min: -7, utc_offset_max: -3 } }, [
    'within 2 hours of New York',
    'within 2 hours of EST',
  ]),
  ...rows('location', { clear: ['location'] }, ['any time zone', 'time zone does not matter'], {
    location: { utc_offset_min: -1, utc_offset_max: 3 },
  }),
  // Experience, talent type and badges.
  ...rows('experience_level', { experience_level: 'expert' }, [
    'more senior people please',
    'senior only',
    'experts only',
    'seasoned freelancers',
    '6+ years of experience',
    'at least 8 years experience',
  ]),
  ...rows('experience_level', { experience_level: 'expert' }, ['more senior'], {
    experience_level: 'intermediate',
  }),
  ...rows('experience_level', { experience_level: 'intermediate' }, [
    'no juniors',
    'not junior',
    'at least 3 years of experience',
  ]),
  // "Fine" allows: it lowers a higher floor, and never sets one.
  ...rows(
    'experience_level',
    { experience_level: 'intermediate' },
    ["doesn't need to be senior", 'less senior', 'mid-level is fine'],
    { experience_level: 'expert' },
  ),
  ...rows(
    'experience_level',
    { clear: ['experience_level'] },
    ['experience level does not matter', 'any level of experience'],
    { experience_level: 'expert' },
  ),
  ...rows('talent_type', { talent_type: 'independent' }, [
    'no agencies',
    'independents only',
    'without agencies',
    'not an agency',
    'solo freelancers only',
  ]),
  ...rows('talent_type', { talent_type: 'agency' }, [
    'agencies only',
    'an agency please',
    'only agencies',
  ]),
  ...rows(
    'talent_type',
    { talent_type: 'any' },
    ['agencies are fine too', 'agencies or independents'],
    { talent_type: 'independent' },
  ),
  ...rows('badges', { badges: ['top_rated'] }, [
    'top rated only',
    'must be Top Rated',
    'only top-rated freelancers',
  ]),
  ...rows('badges', { badges: ['top_rated_plus'] }, ['top rated plus only']),
  ...rows('badges', { badges: ['expert_vetted'] }, ['expert vetted']),
  ...rows(
    'badges',
    { clear: ['badges'] },
    ["doesn't need to be top rated", 'top rated is not required', 'badges do not matter'],
    { badges: ['top_rated'] },
  ),
  // Skills: adding, requiring, removing, swapping.
  ...rows('skills', { add_preferred_skills: ['Shopify'] }, [
    'prefer Shopify',
    'Shopify would be nice',
    'bonus if they know Shopify',
    'Shopify is a plus',
    'ideally Shopify',
  ]),
  ...rows('skills', { add_required_skills: ['TypeScript'] }, [
    'must know TypeScript',
    'TypeScript is required',
    'require TypeScript',
    'TypeScript is a must',
    'needs TypeScript',
  ]),
  ...rows('skills', { add_required_skills: ['React', 'Node.js'] }, ['React and Node required']),
  ...rows('skills', { remove_required_skills: ['React'], remove_preferred_skills: ['React'] }, [
    'no React',
    'without React',
    'drop React',
    'forget about React',
    'drop the React requirement',
  ]),
  ...rows('skills', { remove_required_skills: ['React'], add_preferred_skills: ['React'] }, [
    'React is optional',
    'React is not required',
    "React doesn't have to be there",
  ]),
  ...rows(
    'skills',
    {
      remove_required_skills: ['React'],
      remove_preferred_skills: ['React'],
      add_preferred_skills: ['Vue.js'],
    },
    [
      'drop the React requirement, anyone with Vue is fine',
      'Vue instead of React',
      'Vue is fine instead of React',
      'replace React with Vue',
      'not React but Vue',
      'Vue rather than React',
      'swap React for Vue',
    ],
  ),
  ...rows(
    'skills',
    {
      add_required_skills: ['Vue.js'],
      remove_required_skills: ['React'],
      remove_preferred_skills: ['React'],
    },
    ['require Vue instead of React'],
  ),
  // WordPress is not asked for, so there is nothing to remove (and a notice says no filter can).
  ...rows('skills', { add_preferred_skills: ['Shopify'] }, ['prefer Shopify but not WordPress']),
  ...rows(
    'skills',
    {
      add_preferred_skills: ['Shopify'],
      remove_required_skills: ['WordPress'],
      remove_preferred_skills: ['WordPress'],
    },
    ['prefer Shopify but not WordPress'],
    { required_skills: ['WordPress'] },
  ),
  ...rows('skills', { clear: ['required_skills'] }, ['drop the required skills']),
  // People on the list.
  ...rows('exclude_freelancer_ids', { exclude_freelancer_ids: ['f1'] }, [
    'exclude Jan Novotný',
    'not Jan',
    'remove Jan Novotny',
    'drop the first one',
    'hide Novotný',
    'without Jan please',
  ]),
  ...rows('exclude_freelancer_ids', { exclude_freelancer_ids: ['f2'] }, [
    'remove Daniel',
    'the second one is not a fit',
    'skip Daniel Y.',
  ]),
  ...rows('exclude_freelancer_ids', { exclude_freelancer_ids: ['f1', 'f3'] }, [
    'exclude Jan and Maria',
    'not Jan or Maria Silva',
  ]),
  ...rows('more_like', { more_like: 'f3' }, [
    'more like Maria',
    'people similar to Maria Silva',
    'someone like Maria',
  ]),
  // Several changes in one instruction.
  {
    say: '4.5+ stars, no agencies, under $70/h',
    patch: { hourly_rate: { max: 70 }, min_rating: 4.5, talent_type: 'independent' },
    about: 'several',
  },
  {
    say: 'not from India and must speak English; start next week',
    patch: {
      location: { exclude_countries: ['IN'] },
      languages: [{ code: 'en' }],
      availability: { start_by: '2026-12-13' },
    },
    about: 'several',
  },
  {
    say: 'cheaper, in Europe, and prefer Shopify',
    patch: {
      hourly_rate: { max: 60 },
      location: { regions: ['europe'] },
      add_preferred_skills: ['Shopify'],
    },
    about: 'several',
  },
  {
    say: 'exclude Jan, no Americans, at least 4.7 stars but the budget does not matter',
    patch: {
      exclude_freelancer_ids: ['f1'],
      location: { exclude_countries: ['US'] },
      min_rating: 4.7,
      clear: ['hourly_rate'],
    },
    about: 'several',
  },
  {
    say: 'nobody above $50, nobody below 4.5 stars, nobody under 20 hours a week',
    patch: { hourly_rate: { max: 50 }, min_rating: 4.5, availability: { min_hours_per_week: 20 } },
    about: 'several',
  },
  {
    say: 'senior, independent, in Germany or Austria, 4 hours overlap with New York',
    patch: {
      experience_level: 'expert',
      talent_type: 'independent',
      location: {
        countries: ['DE', 'AT'],
        overlap_with: { timezone: 'America/New_York', hours: 4 },
      },
    },
    about: 'several',
  },
  {
    say: 'more senior and a bit cheaper; Vue instead of React',
    patch: {
      experience_level: 'expert',
      hourly_rate: { max: 70 },
      remove_required_skills: ['React'],
      remove_preferred_skills: ['React'],
      add_preferred_skills: ['Vue.js'],
    },
    about: 'several',
  },
  {
    say: 'top rated, fluent Spanish, not from Mexico',
    patch: {
      badges: ['top_rated'],
      languages: [{ code: 'es', min_level: 'fluent' }],
      location: { exclude_countries: ['MX'] },
    },
    about: 'several',
  },
];
