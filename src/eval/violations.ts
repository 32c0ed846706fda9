import type { Db } from '../db/database.js';
import type { SkillGraph } from '../reference/skill-graph.js';
import type { Criteria } from '../core/criteria.js';
import type { Geo } from '../reference/index-facts.js';
import { utcOffsetHours, workdayOverlapHours } from '../reference/timezones.js';

// An independent check of the hard filters, row by row in TypeScript, so evaluation does not grade
// the SQL filters with themselves. Returns how many of the given profiles break a filter.

const RANK = { basic: 1, conversational: 2, fluent: 3, native: 4 } as const;
const YEARS = { entry: 0, intermediate: 2, expert: 6 } as const;

export async function countViolations(
  db: Db,
  graph: SkillGraph,
  geo: Geo,
  c: Criteria,
  externalIds: string[],
  now: Date,
): Promise<number> {
  if (externalIds.length === 0) return 0;
  const rows = await db
    .selectFrom('freelancers')
    .selectAll()
    .where('external_id', 'in', externalIds)
    .execute();
  const langs = await db
    .selectFrom('freelancer_languages')
    .select(['freelancer_id', 'code', 'level_rank'])
    .where(
      'freelancer_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  let violations = 0;
  for (const f of rows) {
    const ok: boolean[] = [f.ai_opt_in];
    for (const s of c.required_skills ?? [])
      ok.push(f.skill_ids.includes(graph.resolve(s)?.id ?? -1));
    if (c.hourly_rate?.min !== undefined) ok.push(f.hourly_rate_usd >= c.hourly_rate.min);
    if (c.hourly_rate?.max !== undefined) ok.push(f.hourly_rate_usd <= c.hourly_rate.max);
    const loc = c.location;
    if (loc?.countries?.length || loc?.regions?.length) {
      const region = geo.countries.get(f.country.trim())?.region;
      ok.push(
        (loc.countries ?? []).map((x) => x.toUpperCase()).includes(f.country.trim()) ||
          (loc.regions ?? []).some((r) => r === region),
      );
    }
    const region = geo.countries.get(f.country.trim())?.region;
    if (loc?.exclude_countries?.length)
      ok.push(!loc.exclude_countries.map((x) => x.toUpperCase()).includes(f.country.trim()));
    if (loc?.exclude_regions?.length) ok.push(!loc.exclude_regions.some((r) => r === region));
    if (c.exclude_freelancer_ids?.length)
      ok.push(!c.exclude_freelancer_ids.includes(f.external_id));
    const offset = utcOffsetHours(f.timezone, now);
    if (loc?.utc_offset_min !== undefined) ok.push(offset >= loc.utc_offset_min);
    if (loc?.utc_offset_max !== undefined) ok.push(offset <= loc.utc_offset_max);
    if (loc?.overlap_with)
      ok.push(
        workdayOverlapHours(offset, utcOffsetHours(loc.overlap_with.timezone, now)) >=
          loc.overlap_with.hours,
      );
    for (const l of c.languages ?? []) {
      const spoken = langs.find((x) => x.freelancer_id === f.id && x.code === l.code.toLowerCase());
      ok.push((spoken?.level_rank ?? 0) >= RANK[l.min_level ?? 'conversational']);
    }
    if (c.experience_level) ok.push(Math.max(0, f.experience_years) >= YEARS[c.experience_level]);
    if (c.availability?.min_hours_per_week)
      ok.push(f.hours_per_week >= c.availability.min_hours_per_week);
    if (c.min_rating) ok.push((f.rating ?? 0) >= c.min_rating);
    if (c.min_job_success !== undefined) ok.push((f.job_success ?? -1) >= c.min_job_success);
    if (c.min_jobs_completed) ok.push(f.jobs_completed >= c.min_jobs_completed);
    if (c.talent_type && c.talent_type !== 'any') ok.push(f.talent_type === c.talent_type);
    if (!ok.every(Boolean)) violations++;
  }
  return violations;
}
