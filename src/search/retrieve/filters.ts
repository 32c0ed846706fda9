import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SearchPlan } from '../../core/search-plan.js';

// Hard filters as one SQL condition over `freelancers as f`. Every retrieval branch, every count
// and every relaxation probe uses this one function, so they can never disagree on who passes.

export type FilterName =
  | 'required_skills'
  | 'hourly_rate_min'
  | 'hourly_rate_max'
  | 'countries'
  | 'timezones'
  | 'languages'
  | 'experience_level'
  | 'min_hours_per_week'
  | 'start_by'
  | 'min_rating'
  | 'min_job_success'
  | 'min_jobs_completed'
  | 'talent_type'
  | 'badges';

export interface FilterOverrides {
  /** Filters to leave out (for "how many would relaxing this add"). */
  skip?: Set<FilterName>;
  /** Replacement values for a loosened filter. */
  hourlyRateMax?: number;
  hourlyRateMin?: number;
  minRating?: number;
  requiredSkillIds?: number[];
}

type Eb = ExpressionBuilder<Database & { f: Database['freelancers'] }, 'f'>;

export function hardFilters(
  plan: SearchPlan,
  eb: Eb,
  o: FilterOverrides = {},
): Expression<SqlBool> {
  const c = plan.criteria;
  const on = (name: FilterName) => !o.skip?.has(name);
  const conditions: Expression<SqlBool>[] = [eb('f.ai_opt_in', '=', true)];

  const skillIds = o.requiredSkillIds ?? plan.required.map((t) => t.node.id);
  // skill_ids is closed over parents at import, so containment of the broad skill also matches
  // anyone who shows only a narrower one (Next.js → React).
  if (on('required_skills') && skillIds.length) {
    conditions.push(sql<SqlBool>`f.skill_ids @> ${sql.val(skillIds)}::int[]`);
  }
  const rateMin = o.hourlyRateMin ?? c.hourly_rate?.min;
  const rateMax = o.hourlyRateMax ?? c.hourly_rate?.max;
  if (on('hourly_rate_min') && rateMin !== undefined)
    conditions.push(eb('f.hourly_rate_usd', '>=', rateMin));
  if (on('hourly_rate_max') && rateMax !== undefined)
    conditions.push(eb('f.hourly_rate_usd', '<=', rateMax));
  if (on('countries') && plan.countries) conditions.push(anyOf(eb, 'f.country', plan.countries));
  if (on('timezones') && plan.timezones) conditions.push(anyOf(eb, 'f.timezone', plan.timezones));
  if (on('languages')) {
    for (const l of plan.languages) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('freelancer_languages as fl')
            .select(sql.lit(1).as('one'))
            .whereRef('fl.freelancer_id', '=', 'f.id')
            .where('fl.code', '=', l.code)
            .where('fl.level_rank', '>=', l.minRank),
        ),
      );
    }
  }
  if (on('experience_level') && plan.minExperienceYears) {
    conditions.push(eb('f.experience_years', '>=', plan.minExperienceYears));
  }
  const a = c.availability;
  if (on('min_hours_per_week') && a?.min_hours_per_week) {
    conditions.push(eb('f.hours_per_week', '>=', a.min_hours_per_week));
  }
  if (on('start_by') && a?.start_by) {
    conditions.push(
      eb.or([eb('f.available_from', 'is', null), eb('f.available_from', '<=', a.start_by)]),
    );
  }
  const minRating = o.minRating ?? c.min_rating;
  if (on('min_rating') && minRating) conditions.push(eb('f.rating', '>=', minRating));
  if (on('min_job_success') && c.min_job_success !== undefined) {
    conditions.push(eb('f.job_success', '>=', c.min_job_success));
  }
  if (on('min_jobs_completed') && c.min_jobs_completed) {
    conditions.push(eb('f.jobs_completed', '>=', c.min_jobs_completed));
  }
  if (on('talent_type') && c.talent_type && c.talent_type !== 'any') {
    conditions.push(eb('f.talent_type', '=', c.talent_type));
  }
  if (on('badges') && c.badges?.length) {
    // Top Rated Plus includes Top Rated.
    const badges = c.badges.includes('top_rated') ? [...c.badges, 'top_rated_plus'] : c.badges;
    conditions.push(sql<SqlBool>`f.badges && ${sql.val(badges)}::text[]`);
  }
  if (c.exclude_freelancer_ids?.length) {
    conditions.push(
      sql<SqlBool>`f.external_id <> all(${sql.val(c.exclude_freelancer_ids)}::text[])`,
    );
  }
  return eb.and(conditions);
}

function anyOf(eb: Eb, column: 'f.country' | 'f.timezone', values: string[]): Expression<SqlBool> {
  if (values.length === 0) return sql<SqlBool>`false`;
  return eb(column, '=', sql<string>`any(${sql.val(values)}::text[])`);
}
