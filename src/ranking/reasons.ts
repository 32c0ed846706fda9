import type { SearchPlan } from '../core/search-plan.js';
import { formatOffset, utcOffsetHours } from '../reference/timezones.js';
import type { Ranked } from './rerank.js';
import type { SkillEvidence } from './score.js';
import { FEATURE_WEIGHTS, type FeatureName } from './weights.js';

// Reasons are the candidate's strongest features, each said as a short fact with its number:
// "6 Shopify projects, 4.9★", "$85/h, inside budget", "UTC+1, 6 h overlap with New York".

const MAX_REASONS = 3;
/** Said by a candidate the diversity pass put above a higher score, so the order is explained. */
export const MOVED_UP_FOR_VARIETY = 'Moved up for variety';
// Facts about what the client explicitly asked for are always said, after the strongest three.
const ASKED_FOR: FeatureName[] = ['rate', 'timezone'];

export function reasonsFor(c: Ranked, plan: SearchPlan, now: Date): string[] {
  const contributions = (Object.entries(c.features) as [FeatureName, number][])
    .map(([name, value]) => ({ name, weight: FEATURE_WEIGHTS[name] * value }))
    .sort((a, b) => b.weight - a.weight);
  const reasons: string[] = [];
  if (c.lifted) reasons.push(newTalentSlot(c, now));
  else if (c.movedUp) reasons.push(MOVED_UP_FOR_VARIETY);
  for (const { name, weight } of contributions) {
    if (reasons.length >= MAX_REASONS || weight <= 0.005) break;
    if (ASKED_FOR.includes(name)) continue;
    const text = say(name, c, plan, now, reasons);
    if (text && !reasons.includes(text)) {
      reasons.push(text);
    }
  }
  for (const name of ASKED_FOR) {
    const text = name in c.features ? say(name, c, plan, now, reasons) : undefined;
    if (text) reasons.push(text);
  }
  return reasons;
}

function say(
  name: FeatureName,
  c: Ranked,
  plan: SearchPlan,
  now: Date,
  shown: string[],
): string | undefined {
  const r = c.row;
  switch (name) {
    case 'required':
      return skillsFact(c.required);
    case 'preferred':
      return skillsFact(c.preferred.filter((s) => s.shown));
    case 'query_skills':
      return skillsFact(c.querySkills.filter((s) => s.shown));
    case 'quality':
      if (r.rating === null || r.reviews_count === 0)
        return r.jobs_completed ? `${r.jobs_completed} jobs completed` : undefined;
      return (
        `${r.rating.toFixed(1)}★ from ${r.reviews_count} review${r.reviews_count === 1 ? '' : 's'}` +
        (r.job_success !== null ? `, ${Math.round(r.job_success)}% job success` : '')
      );
    case 'experience': {
      const best = [...c.required, ...c.preferred, ...c.querySkills].sort(
        (a, b) => b.evidence - a.evidence,
      )[0];
      // Said only when no skill fact above already gave this count ("React: 7 yrs, 12 projects").
      if (!best || best.evidence === 0 || shown.some((r) => r.includes(`${best.name}:`)))
        return undefined;
      return `${best.evidence} ${best.name} project${best.evidence === 1 ? '' : 's'} in their history`;
    }
    case 'rate': {
      const max = plan.criteria.hourly_rate?.max;
      return max !== undefined
        ? `$${round(r.hourly_rate_usd)}/h, inside the $${max}/h budget`
        : undefined;
    }
    case 'availability':
      return (
        `${r.hours_per_week} h/week` +
        (r.available_from && r.available_from > now.toISOString().slice(0, 10)
          ? `, from ${r.available_from}`
          : ', available now')
      );
    case 'timezone': {
      const wish = plan.criteria.location?.overlap_with;
      if (!wish || c.overlapHours === undefined) return undefined;
      const city = wish.timezone.split('/').pop()!.replace(/_/g, ' ');
      return `${formatOffset(utcOffsetHours(r.timezone, now))}, ${round(c.overlapHours)} h overlap with ${city}`;
    }
    case 'responsiveness':
      return r.response_time_hours !== null && r.response_time_hours <= 6
        ? `replies in about ${Math.max(1, Math.round(r.response_time_hours))} h`
        : undefined;
    case 'title':
    case 'text':
    case 'fulltext':
    case 'semantic':
      return undefined;
  }
}

function skillsFact(skills: SkillEvidence[]): string | undefined {
  const shown = skills
    .filter((s) => s.shown)
    .sort((a, b) => b.depth - a.depth)
    .slice(0, 2);
  if (!shown.length) return undefined;
  return shown
    .map((s) => {
      const parts = [
        s.years ? `${round(s.years)} yrs` : '',
        s.evidence ? `${s.evidence} project${s.evidence === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      return parts ? `${s.name}: ${parts}` : s.name;
    })
    .join('; ');
}

function newTalentSlot(c: Ranked, now: Date): string {
  const r = c.row;
  const underAYear = now.getTime() - Date.parse(r.member_since) < 365 * 86_400_000;
  if (!r.badges.includes('rising_talent') && underAYear)
    return `New talent slot: member since ${r.member_since.slice(0, 7)}`;
  return (
    `Rising talent slot` +
    (r.rating !== null
      ? `: ${r.rating.toFixed(1)}★ on ${r.jobs_completed} job${r.jobs_completed === 1 ? '' : 's'}`
      : '')
  );
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
