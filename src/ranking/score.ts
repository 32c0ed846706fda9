import type { SearchPlan, SkillTerm } from '../core/search-plan.js';
import type { CandidateRow, SkillRow } from '../core/candidate.js';
import { utcOffsetHours, workdayOverlapHours } from '../reference/timezones.js';
import { clamp01, qualityScore } from './quality.js';
import { FEATURE_WEIGHTS, type FeatureName } from './weights.js';

// Stage two: named features in 0..1 for each candidate, and their weighted mean as the score.
// Scores are normalised per query (text rank is divided by the best in the candidate set), so a
// score says how well someone fits this search, not how they compare across searches.

export type Features = Partial<Record<FeatureName, number>>;

export interface SkillEvidence {
  name: string;
  /** 0..1: stated years and level, and contracts or portfolio items that show it. */
  depth: number;
  years: number | null;
  evidence: number;
  shown: boolean;
}

export interface Scored {
  row: CandidateRow;
  features: Features;
  score: number;
  required: SkillEvidence[];
  preferred: SkillEvidence[];
  querySkills: SkillEvidence[];
  overlapHours?: number;
}

const LEVEL = { beginner: 0.3, intermediate: 0.65, expert: 1 } as Record<string, number>;

export function scoreCandidates(
  plan: SearchPlan,
  rows: CandidateRow[],
  now: Date,
  semantic?: Map<number, number>,
): Scored[] {
  const maxText = Math.max(1e-9, ...rows.map((r) => r.text_rank));
  const maxFullText = Math.max(1e-9, ...rows.map((r) => r.fulltext_rank ?? 0));
  const clientOffset = plan.criteria.location?.overlap_with
    ? utcOffsetHours(plan.criteria.location.overlap_with.timezone, now)
    : undefined;
  const offsets = new Map<string, number>();
  const offsetOf = (tz: string) => {
    let o = offsets.get(tz);
    if (o === undefined) offsets.set(tz, (o = utcOffsetHours(tz, now)));
    return o;
  };

  return rows.map((row) => {
    const skillRows = new Map((row.skills ?? []).map((s) => [s.skill_id, s]));
    const evidenceFor = (t: SkillTerm) => skillEvidence(t, skillRows, row);
    const required = plan.required.map(evidenceFor);
    const preferred = plan.preferred.map(evidenceFor);
    const querySkills = plan.querySkills.map(evidenceFor);
    const f: Features = {};
    const mean = (xs: SkillEvidence[]) => xs.reduce((s, x) => s + x.depth, 0) / xs.length;
    // Skills found in the query's words are weighed by how telling they are ("ESP32" over "IoT").
    const weighted = (xs: SkillEvidence[], terms: SkillTerm[]) => {
      const w = terms.map((t) => t.weight ?? 1);
      return xs.reduce((s, x, i) => s + x.depth * w[i], 0) / w.reduce((a, b) => a + b, 0);
    };
    if (required.length) f.required = mean(required);
    if (preferred.length) f.preferred = mean(preferred);
    if (querySkills.length) f.query_skills = weighted(querySkills, plan.querySkills);
    if (maxText > 1e-6) f.text = row.text_rank / maxText;
    if (maxFullText > 1e-6) f.fulltext = (row.fulltext_rank ?? 0) / maxFullText;
    const terms = [...plan.required, ...plan.preferred, ...plan.querySkills];
    if (terms.length) f.title = titleShows(row.title, terms);
    if (semantic?.has(row.id)) f.semantic = semantic.get(row.id);
    f.quality = skillQuality(row, skillRows);
    const searched = [...required, ...preferred, ...querySkills];
    if (searched.length) {
      const evidence = Math.max(...searched.map((s) => s.evidence));
      f.experience = clamp01(Math.log1p(evidence) / Math.log1p(12));
    }
    const rate = plan.criteria.hourly_rate;
    if (rate?.max !== undefined) f.rate = clamp01(1.15 - (0.3 * row.hourly_rate_usd) / rate.max);
    f.availability = availabilityFit(plan, row);
    let overlapHours: number | undefined;
    if (clientOffset !== undefined) {
      overlapHours = workdayOverlapHours(offsetOf(row.timezone), clientOffset);
      f.timezone = clamp01(overlapHours / 8);
    }
    if (row.response_time_hours !== null) f.responsiveness = 1 / (1 + row.response_time_hours / 12);
    return {
      row,
      features: f,
      score: weightedMean(f),
      required,
      preferred,
      querySkills,
      overlapHours,
    };
  });
}

export function weightedMean(f: Features): number {
  let sum = 0;
  let weight = 0;
  for (const [name, value] of Object.entries(f) as [FeatureName, number][]) {
    sum += FEATURE_WEIGHTS[name] * value;
    weight += FEATURE_WEIGHTS[name];
  }
  return weight ? sum / weight : 0;
}

function skillEvidence(
  t: SkillTerm,
  rows: Map<number, SkillRow>,
  person: CandidateRow,
): SkillEvidence {
  let best: SkillEvidence = { name: t.node.name, depth: 0, years: null, evidence: 0, shown: false };
  for (const id of t.accepts) {
    const r = rows.get(id);
    if (!r) continue;
    const { years, level, evidence } = r;
    // A narrower skill is evidence of the broader one, at a small discount.
    const discount = id === t.node.id ? 1 : 0.85;
    // Depth is absolute (years, level) and relative to the person: a skill that carries most of
    // their career and most of their work is a specialty, not a line on a long list.
    const yearsShare = years === null ? 0.5 : clamp01(years / Math.max(1, person.experience_years));
    const evidenceShare = person.max_evidence ? evidence / person.max_evidence : 0;
    const depth =
      discount *
      (0.25 * yearsShare +
        0.15 * clamp01((years ?? 1) / 8) +
        0.2 * (LEVEL[level ?? ''] ?? 0.5) +
        0.25 * evidenceShare +
        0.15 * clamp01(Math.log1p(evidence) / Math.log1p(8)));
    if (depth > best.depth) best = { name: t.node.name, depth, years, evidence, shown: true };
  }
  return best;
}

/**
 * Quality, where the history allows, from outcomes in the searched skills: the clients who hired
 * them for this kind of work. Shrunk towards their overall quality, so thin evidence moves little.
 */
function skillQuality(row: CandidateRow, skills: Map<number, SkillRow>): number {
  const overall = qualityScore(row);
  // The searched skill with the most judged work speaks for the person's record in this field.
  let best: SkillRow | undefined;
  for (const s of skills.values())
    if (!best || s.judged + s.rated > best.judged + best.rated) best = s;
  const rated = best?.rated ?? 0;
  const ratingSum = best?.rating_sum ?? 0;
  const outcomes = best?.judged ?? 0;
  const successes = best?.succeeded ?? 0;
  if (!rated && !outcomes) return overall;
  const rating = rated ? clamp01((ratingSum / rated - 3.5) / 1.5) : overall;
  const success = outcomes ? successes / outcomes : overall;
  const specific = 0.6 * rating + 0.4 * success;
  const n = rated + outcomes / 2;
  return (overall * SKILL_QUALITY_PRIOR + specific * n) / (SKILL_QUALITY_PRIOR + n);
}

const SKILL_QUALITY_PRIOR = 4;

/** Share of the searched skills that the person's own title names: people title their specialty. */
function titleShows(title: string, terms: SkillTerm[]): number {
  const t = title.toLowerCase();
  return (
    terms.filter(
      (term) =>
        t.includes(term.node.name.toLowerCase()) || t.includes(term.asWritten.toLowerCase()),
    ).length / terms.length
  );
}

function availabilityFit(plan: SearchPlan, row: CandidateRow): number {
  const wanted = plan.criteria.availability?.min_hours_per_week ?? 20;
  let fit = clamp01(row.hours_per_week / Math.max(wanted, 1)) * 0.7 + 0.3;
  const start = plan.criteria.project?.start_date ?? plan.criteria.availability?.start_by;
  if (start && row.available_from && row.available_from > start) fit *= 0.5;
  return clamp01(fit);
}
