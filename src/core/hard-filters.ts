import { sql, type Expression, type SqlBool } from 'kysely';
import { formatOffset } from '../reference/timezones.js';
import type { Criteria } from './criteria.js';
import {
  anyOf,
  fieldChange,
  listChange,
  withCriteria,
  type CriteriaField,
  type Eb,
  type HardFilter,
} from './hard-filter-record.js';
import type { SearchPlan } from './search-plan.js';

// Every hard filter is one record: what it keeps, its SQL, the words for it in force, how to
// loosen it, how the fit breakdown names it and how a change to it reads. Retrieval, counts,
// relaxation probes, fit and changes all read this one table, so they can never disagree on who
// passes or how it is said. A new criteria field fails to compile until a filter (or
// RANKING_FIELDS) claims it.

/** Criteria that rank, or describe the project, but never filter. */
export const RANKING_FIELDS = [
  'query',
  'preferred_skills',
  'project.duration_weeks',
  'project.budget_usd',
  'project.start_date',
] as const satisfies readonly CriteriaField[];

function rateInForce(c: Criteria): string {
  const { min, max } = c.hourly_rate ?? {};
  return `rate ${min !== undefined ? `$${min}` : '$0'}–${max !== undefined ? `$${max}` : 'any'}/h`;
}

const REGISTRY = {
  hourly_rate_min: {
    fields: ['hourly_rate.min'],
    description: 'Charges at least the minimum hourly rate.',
    where: (p, eb) => {
      const min = p.criteria.hourly_rate?.min;
      return min === undefined ? undefined : eb('f.hourly_rate_usd', '>=', min);
    },
    // One line for the whole range, said by the maximum when there is one.
    inForce: (p) =>
      p.criteria.hourly_rate?.min !== undefined && p.criteria.hourly_rate.max === undefined
        ? [rateInForce(p.criteria)]
        : [],
    relax: (p) => {
      const min = p.criteria.hourly_rate?.min;
      return min === undefined ? [] : [{ says: (g) => `+${g} without the $${min}/h minimum.` }];
    },
    fit: 'hourly rate min',
    change: fieldChange('hourly_rate'),
  },
  hourly_rate_max: {
    fields: ['hourly_rate.max'],
    description: 'Charges at most the maximum hourly rate.',
    where: (p, eb) => {
      const max = p.criteria.hourly_rate?.max;
      return max === undefined ? undefined : eb('f.hourly_rate_usd', '<=', max);
    },
    inForce: (p) => (p.criteria.hourly_rate?.max !== undefined ? [rateInForce(p.criteria)] : []),
    relax: (p) => {
      const max = p.criteria.hourly_rate?.max;
      if (max === undefined) return [];
      const raised = Math.ceil((max * 1.5) / 5) * 5;
      return [
        {
          loosened: withCriteria(p, { hourly_rate: { ...p.criteria.hourly_rate, max: raised } }),
          says: (gain, total) =>
            `${total - gain} at or under $${max}/h; ${total} up to $${raised}/h (+${gain}).`,
        },
      ];
    },
    fit: 'hourly rate max',
    change: fieldChange('hourly_rate'),
  },
  countries: {
    fields: ['location.countries', 'location.regions'],
    description: 'Based in one of the countries asked for, or a country of a region asked for.',
    where: (p, eb) => (p.countries ? anyOf(eb, 'f.country', p.countries) : undefined),
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.countries || !loc) return [];
      const names = [
        ...(loc.regions ?? []).map((r) => r.replace('_', ' ')),
        ...(loc.countries ?? []).map((c) => c.toUpperCase()),
      ];
      return [`location: ${names.join(', ')}`];
    },
    relax: (p) =>
      p.countries ? [{ says: (g) => `+${g} from anywhere (dropping the location filter).` }] : [],
    fit: 'countries',
    change: fieldChange('location'),
  },
  excluded_places: {
    fields: ['location.exclude_countries', 'location.exclude_regions'],
    description: 'Not based in a country, or a country of a region, the client left out.',
    where: (p) =>
      p.excludedCountries?.length
        ? sql<SqlBool>`f.country <> all(${sql.val(p.excludedCountries)}::text[])`
        : undefined,
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.excludedCountries?.length || !loc) return [];
      const names = [
        ...(loc.exclude_regions ?? []).map((r) => r.replace('_', ' ')),
        ...(loc.exclude_countries ?? []).map((c) => c.toUpperCase()),
      ];
      return [`not from: ${names.join(', ')}`];
    },
    relax: (p) =>
      p.excludedCountries?.length
        ? [{ says: (g) => `+${g} if the places left out were allowed back.` }]
        : [],
    fit: 'places left out',
    change: fieldChange('location'),
  },
  timezones: {
    fields: ['location.utc_offset_min', 'location.utc_offset_max', 'location.overlap_with'],
    description:
      "In a time zone whose offset today is inside the window, and that shares the hours asked for with the client's working day.",
    where: (p, eb) => (p.timezones ? anyOf(eb, 'f.timezone', p.timezones) : undefined),
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.timezones || !loc) return [];
      const lines: string[] = [];
      if (loc.utc_offset_min !== undefined || loc.utc_offset_max !== undefined) {
        const range = `${formatOffset(loc.utc_offset_min ?? -12)} to ${formatOffset(loc.utc_offset_max ?? 14)}`;
        lines.push(`time zone ${range} (today's offsets)`);
      }
      if (loc.overlap_with) {
        const o = loc.overlap_with;
        lines.push(`${o.hours}+ h overlap with ${o.timezone} (9:00–17:00)`);
      }
      return lines;
    },
    relax: (p) => (p.timezones ? [{ says: (g) => `+${g} outside the time-zone window.` }] : []),
    fit: 'timezones',
    change: fieldChange('location'),
  },
  languages: {
    fields: ['languages'],
    description: 'Speaks every language asked for, at the level asked for or better.',
    where: (p, eb) =>
      p.languages.length
        ? eb.and(
            p.languages.map((l) =>
              eb.exists(
                eb
                  .selectFrom('freelancer_languages as fl')
                  .select(sql.lit(1).as('one'))
                  .whereRef('fl.freelancer_id', '=', 'f.id')
                  .where('fl.code', '=', l.code)
                  .where('fl.level_rank', '>=', l.minRank),
              ),
            ),
          )
        : undefined,
    inForce: (p) =>
      (p.criteria.languages ?? []).map(
        (l) => `speaks ${l.code.toLowerCase()} (${l.min_level ?? 'conversational'} or better)`,
      ),
    relax: (p) =>
      p.languages.length ? [{ says: (g) => `+${g} without the language requirement.` }] : [],
    fit: 'languages',
    change: fieldChange('languages'),
  },
  experience_level: {
    fields: ['experience_level'],
    description: 'Has the years in a skill that the level asks for.',
    where: (p, eb) =>
      p.minExperienceYears ? eb('f.experience_years', '>=', p.minExperienceYears) : undefined,
    inForce: (p) =>
      p.criteria.experience_level
        ? [`${p.criteria.experience_level} (${p.minExperienceYears}+ years in a skill)`]
        : [],
    relax: (p) => (p.minExperienceYears ? [{ says: (g) => `+${g} at any experience level.` }] : []),
    fit: 'experience level',
    change: fieldChange('experience_level'),
  },
  min_hours_per_week: {
    fields: ['availability.min_hours_per_week'],
    description: 'Available at least the hours a week asked for.',
    where: (p, eb) => {
      const hours = p.criteria.availability?.min_hours_per_week;
      return hours ? eb('f.hours_per_week', '>=', hours) : undefined;
    },
    inForce: (p) => {
      const hours = p.criteria.availability?.min_hours_per_week;
      return hours ? [`available ${hours}+ h/week`] : [];
    },
    relax: (p) =>
      p.criteria.availability?.min_hours_per_week
        ? [{ says: (g) => `+${g} with fewer hours a week.` }]
        : [],
    fit: 'min hours per week',
    change: fieldChange('availability'),
  },
  start_by: {
    fields: ['availability.start_by'],
    description: 'Free to start by the date asked for (or with no date set).',
    where: (p, eb) => {
      const date = p.criteria.availability?.start_by;
      return date
        ? eb.or([eb('f.available_from', 'is', null), eb('f.available_from', '<=', date)])
        : undefined;
    },
    inForce: (p) => {
      const date = p.criteria.availability?.start_by;
      return date ? [`can start by ${date}`] : [];
    },
    relax: (p) => {
      const date = p.criteria.availability?.start_by;
      return date ? [{ says: (g) => `+${g} who can start after ${date}.` }] : [];
    },
    fit: 'start by',
    change: fieldChange('availability'),
  },
  min_rating: {
    fields: ['min_rating'],
    description: 'Rated at least the minimum.',
    where: (p, eb) =>
      p.criteria.min_rating ? eb('f.rating', '>=', p.criteria.min_rating) : undefined,
    inForce: (p) => (p.criteria.min_rating ? [`rating ${p.criteria.min_rating}+`] : []),
    relax: (p) => {
      const min = p.criteria.min_rating;
      if (!min) return [];
      const lower = Math.max(1, min - 0.5);
      return [
        {
          loosened: withCriteria(p, { min_rating: lower }),
          says: (g) => `+${g} with a ${lower}★ minimum instead of ${min}★.`,
        },
      ];
    },
    fit: 'min rating',
    change: fieldChange('min_rating'),
  },
  min_job_success: {
    fields: ['min_job_success'],
    description: 'Has a job success score of at least the minimum.',
    where: (p, eb) =>
      p.criteria.min_job_success !== undefined
        ? eb('f.job_success', '>=', p.criteria.min_job_success)
        : undefined,
    inForce: (p) =>
      p.criteria.min_job_success !== undefined
        ? [`job success ${p.criteria.min_job_success}%+`]
        : [],
    relax: (p) =>
      p.criteria.min_job_success !== undefined
        ? [{ says: (g) => `+${g} without the job-success minimum.` }]
        : [],
    fit: 'min job success',
    change: fieldChange('min_job_success'),
  },
  min_jobs_completed: {
    fields: ['min_jobs_completed'],
    description: 'Has completed at least the number of jobs asked for.',
    where: (p, eb) =>
      p.criteria.min_jobs_completed
        ? eb('f.jobs_completed', '>=', p.criteria.min_jobs_completed)
        : undefined,
    inForce: (p) =>
      p.criteria.min_jobs_completed ? [`${p.criteria.min_jobs_completed}+ jobs completed`] : [],
    relax: (p) =>
      p.criteria.min_jobs_completed
        ? [{ says: (g) => `+${g} without the jobs-completed minimum.` }]
        : [],
    fit: 'min jobs completed',
    change: fieldChange('min_jobs_completed'),
  },
  talent_type: {
    fields: ['talent_type'],
    description: 'An independent or an agency, as asked.',
    where: (p, eb) => {
      const type = p.criteria.talent_type;
      return type && type !== 'any' ? eb('f.talent_type', '=', type) : undefined;
    },
    inForce: (p) => {
      const type = p.criteria.talent_type;
      return type && type !== 'any' ? [`${type}s only`] : [];
    },
    relax: (p) => {
      const type = p.criteria.talent_type;
      if (!type || type === 'any') return [];
      const other = type === 'agency' ? 'independents' : 'agencies';
      return [{ says: (g) => `+${g} counting ${other} too.` }];
    },
    fit: 'talent type',
    change: fieldChange('talent_type'),
  },
  badges: {
    fields: ['badges'],
    description: 'Holds at least one of the badges asked for (Top Rated Plus counts as Top Rated).',
    where: (p) => {
      const asked = p.criteria.badges;
      if (!asked?.length) return undefined;
      const badges = asked.includes('top_rated') ? [...asked, 'top_rated_plus'] : asked;
      return sql<SqlBool>`f.badges && ${sql.val(badges)}::text[]`;
    },
    inForce: (p) => (p.criteria.badges?.length ? [`badge: ${p.criteria.badges.join(' or ')}`] : []),
    relax: (p) =>
      p.criteria.badges?.length ? [{ says: (g) => `+${g} without the badge requirement.` }] : [],
    fit: 'badges',
    change: fieldChange('badges'),
  },
  required_skills: {
    fields: ['required_skills'],
    description: 'Shows every required skill, or a narrower one (Next.js counts for React).',
    // skill_ids is closed over parents at import, so containment of the broad skill also matches
    // anyone who shows only a narrower one (Next.js → React).
    where: (p) => {
      const ids = p.required.map((t) => t.node.id);
      return ids.length ? sql<SqlBool>`f.skill_ids @> ${sql.val(ids)}::int[]` : undefined;
    },
    inForce: (p) => p.required.map((t) => `must show ${t.node.name}`),
    relax: (p) => {
      const others = p.preferred.length || p.querySkills.length || p.criteria.query;
      if (p.required.length < 2 && !(p.required.length === 1 && others)) return [];
      return p.required.map((t) => ({
        loosened: { ...p, required: p.required.filter((r) => r !== t) },
        says: (g) => `+${g} if ${t.node.name} is preferred rather than required.`,
      }));
    },
    fit: 'required skills',
    change: listChange('required skills', (c) => c.required_skills),
  },
  excluded: {
    fields: ['exclude_freelancer_ids'],
    description: 'Not one of the people the client set aside.',
    where: (p) => {
      const ids = p.criteria.exclude_freelancer_ids;
      return ids?.length ? sql<SqlBool>`f.external_id <> all(${sql.val(ids)}::text[])` : undefined;
    },
    inForce: () => [],
    relax: () => [],
    fit: 'set aside earlier',
    change: listChange('excluded', (c) => c.exclude_freelancer_ids),
  },
} satisfies Record<string, HardFilter>;

export type FilterName = keyof typeof REGISTRY;
export const HARD_FILTERS: Record<FilterName, HardFilter> = REGISTRY;
/** In the order their words appear in `interpreted.filters`. */
export const FILTER_NAMES = Object.keys(REGISTRY) as FilterName[];

type Unclaimed = Exclude<
  CriteriaField,
  (typeof REGISTRY)[FilterName]['fields'][number] | (typeof RANKING_FIELDS)[number]
>;
// A criteria field that no filter claims and that does not only rank: add its filter above.
export const everyCriteriaFieldIsClaimed: [Unclaimed] extends [never] ? true : Unclaimed = true;

/** The hard filters as one SQL condition over `freelancers as f`, leaving out those in `skip`. */
export function hardFilters(
  plan: SearchPlan,
  eb: Eb,
  skip?: ReadonlySet<FilterName>,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('f.ai_opt_in', '=', true)];
  for (const name of FILTER_NAMES) {
    if (skip?.has(name)) continue;
    const condition = HARD_FILTERS[name].where(plan, eb);
    if (condition) conditions.push(condition);
  }
  return eb.and(conditions);
}

/** The filters in force, in words, for `interpreted.filters`. */
export function filtersInForce(plan: SearchPlan): string[] {
  return FILTER_NAMES.flatMap((name) => HARD_FILTERS[name].inForce(plan));
}
