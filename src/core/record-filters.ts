import { sql, type SqlBool } from 'kysely';
import { fieldChange, listChange, withCriteria, type HardFilter } from './hard-filter-record.js';

// The hard filters on someone's record and skills: experience, hours and start, ratings and
// outcomes, talent type, badges, the required skills, and the people the client set aside.
// Their order here is the order of their words in `interpreted.filters` (see hard-filters.ts).

export const RECORD_FILTERS = {
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
