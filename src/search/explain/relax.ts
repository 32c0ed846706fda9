import type { Db } from '../../db/database.js';
import type { FilterName, FilterOverrides } from '../retrieve/filters.js';
import type { SearchPlan } from '../../core/search-plan.js';
import { countMatches } from '../retrieve/retrieve.js';

// When few profiles pass, say which constraint to relax and how many it would add, measured by
// running the same count with that one constraint loosened, never guessed.

export const FEW_MATCHES = 5;

interface Probe {
  says: (gain: number, total: number) => string;
  overrides: FilterOverrides;
}

export async function relaxationNotices(
  db: Db,
  plan: SearchPlan,
  total: number,
): Promise<string[]> {
  const probes = probesFor(plan);
  const counts = await Promise.all(probes.map((p) => countMatches(db, plan, p.overrides)));
  return probes
    .map((p, i) => ({ p, gain: counts[i] - total, total: counts[i] }))
    .filter((x) => x.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3)
    .map((x) => x.p.says(x.gain, x.total));
}

function probesFor(plan: SearchPlan): Probe[] {
  const c = plan.criteria;
  const probes: Probe[] = [];
  const skip = (name: FilterName, says: Probe['says']) =>
    probes.push({ says, overrides: { skip: new Set([name]) } });
  const max = c.hourly_rate?.max;
  if (max !== undefined) {
    const raised = Math.ceil((max * 1.5) / 5) * 5;
    probes.push({
      overrides: { hourlyRateMax: raised },
      says: (gain, total) =>
        `${total - gain} at or under $${max}/h; ${total} up to $${raised}/h (+${gain}).`,
    });
  }
  if (c.hourly_rate?.min !== undefined)
    skip('hourly_rate_min', (g) => `+${g} without the $${c.hourly_rate!.min}/h minimum.`);
  if (plan.countries)
    skip('countries', (g) => `+${g} from anywhere (dropping the location filter).`);
  if (plan.timezones) skip('timezones', (g) => `+${g} outside the time-zone window.`);
  if (plan.languages.length) skip('languages', (g) => `+${g} without the language requirement.`);
  if (plan.minExperienceYears) skip('experience_level', (g) => `+${g} at any experience level.`);
  if (c.min_rating) {
    const lower = Math.max(1, c.min_rating - 0.5);
    probes.push({
      overrides: { minRating: lower },
      says: (g) => `+${g} with a ${lower}★ minimum instead of ${c.min_rating}★.`,
    });
  }
  if (c.min_job_success !== undefined)
    skip('min_job_success', (g) => `+${g} without the job-success minimum.`);
  if (c.min_jobs_completed)
    skip('min_jobs_completed', (g) => `+${g} without the jobs-completed minimum.`);
  if (c.availability?.min_hours_per_week)
    skip('min_hours_per_week', (g) => `+${g} with fewer hours a week.`);
  if (c.availability?.start_by)
    skip('start_by', (g) => `+${g} who can start after ${c.availability!.start_by}.`);
  if (c.talent_type && c.talent_type !== 'any')
    skip('talent_type', (g) =>
      `+${g} counting ${c.talent_type === 'agency' ? 'independents' : 'agencies'} too.`);
  if (c.badges?.length) skip('badges', (g) => `+${g} without the badge requirement.`);
  if (
    plan.required.length > 1 ||
    (plan.required.length === 1 && (plan.preferred.length || plan.querySkills.length || c.query))
  ) {
    for (const t of plan.required) {
      const rest = plan.required.filter((r) => r !== t).map((r) => r.node.id);
      probes.push({
        overrides: { requiredSkillIds: rest },
        says: (g) => `+${g} if ${t.node.name} is preferred rather than required.`,
      });
    }
  }
  return probes;
}
