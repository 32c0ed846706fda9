import { hash } from 'node:crypto';
import type { FreelancerSkillsTable } from '../db/schema.js';
import { qualityScore } from '../ranking/quality.js';
import type { Profile } from './profile.js';
import type { SkillGraph, SkillNode } from '../reference/skill-graph.js';

// One profile in the import format, as the rows the index stores: the freelancer row (with
// canonical skill ids closed over parents, text for the search documents, the quality prior and
// a source hash) and its child rows (skills with evidence and outcomes, languages, portfolio,
// contracts, and the generator's hidden truth when seeding).

const LEVEL_RANK = { basic: 1, conversational: 2, fluent: 3, native: 4 } as const;

/** What a generated profile knows about itself that an imported one cannot: for evaluation. */
export interface ProfileTruth {
  quality: number;
  specialties: string[];
}

export interface Children {
  skills: (Pick<FreelancerSkillsTable, 'skill_id' | 'name_as_written' | 'evidence_count'> &
    Outcomes & { years?: number; level?: string })[];
  languages: { code: string; level: string; level_rank: number }[];
  portfolio: {
    position: number;
    title: string;
    description: string;
    skills: string[];
    skill_ids: number[];
    url?: string;
  }[];
  contracts: Record<string, unknown>[];
  truth: ProfileTruth[];
}

/** A profile to store: `source` is its line as read, when it came from a file. */
export interface ProfileSource {
  profile: Profile;
  truth?: ProfileTruth;
  source?: string;
}

export function profileRows(
  graph: SkillGraph,
  regionOf: Map<string, string>,
  { profile: p, truth, source }: ProfileSource,
) {
  const resolved = resolvedSkills(graph);
  const resolveAll = (names: string[]) => {
    const ids = new Set<number>();
    for (const n of names) for (const a of resolved(n).ids) ids.add(a);
    return [...ids];
  };
  const portfolio = p.portfolio.map((item, position) => ({
    position,
    title: item.title,
    description: item.description,
    skills: item.skills,
    skill_ids: resolveAll(item.skills),
    url: item.url,
  }));
  const contracts = p.work_history.map((c, position) => ({
    position,
    title: c.title,
    description: c.description,
    skills: c.skills,
    skill_ids: resolveAll(c.skills),
    start_date: c.start,
    end_date: c.end,
    amount_usd: c.amount_usd,
    hourly: c.hourly,
    ...c.outcome,
  }));
  const evidence = new Map<number, number>();
  for (const items of [portfolio, contracts]) {
    for (const item of items)
      for (const id of item.skill_ids) evidence.set(id, (evidence.get(id) ?? 0) + 1);
  }
  const outcomes = new Map<number, Outcomes>();
  for (const [position, c] of p.work_history.entries()) {
    const o = c.outcome;
    if (!o || (o.rating === undefined && o.success === undefined)) continue;
    for (const id of contracts[position].skill_ids) {
      const x = outcomes.get(id) ?? { rated: 0, rating_sum: 0, judged: 0, succeeded: 0 };
      if (o.rating !== undefined) {
        x.rated++;
        x.rating_sum += o.rating;
      }
      if (o.success !== undefined) {
        x.judged++;
        if (o.success) x.succeeded++;
      }
      outcomes.set(id, x);
    }
  }
  const skills = new Map<number, Children['skills'][number]>();
  const other: string[] = [];
  for (const s of p.skills) {
    const node = resolved(s.name).node;
    if (!node) other.push(s.name);
    else if (!skills.has(node.id)) {
      skills.set(node.id, {
        skill_id: node.id,
        name_as_written: s.name,
        years: s.years,
        level: s.level,
        evidence_count: evidence.get(node.id) ?? 0,
        ...(outcomes.get(node.id) ?? { rated: 0, rating_sum: 0, judged: 0, succeeded: 0 }),
      });
    }
  }
  const skillIds = new Set(resolveAll(p.skills.map((s) => s.name)));
  for (const items of [portfolio, contracts])
    for (const item of items) for (const id of item.skill_ids) skillIds.add(id);

  const freelancer = {
    external_id: p.external_id,
    name: p.name,
    title: p.title,
    overview: p.overview,
    hourly_rate_usd: p.hourly_rate_usd,
    country: p.location.country,
    city: p.location.city,
    timezone: p.location.timezone,
    region: regionOf.get(p.location.country) ?? null,
    hours_per_week: p.availability.hours_per_week,
    available_from: p.availability.available_from,
    talent_type: p.talent_type,
    ...p.stats,
    experience_years: Math.max(0, ...p.skills.map((s) => s.years ?? 0)),
    prior_score: priorScore(p),
    max_evidence: Math.max(0, ...[...skills.values()].map((s) => s.evidence_count)),
    badges: p.badges,
    certifications: p.certifications,
    skill_ids: [...skillIds],
    other_skills: other,
    ai_opt_in: p.ai_opt_in,
    skills_text: p.skills.map((s) => s.name).join(', '),
    evidence_text: [
      ...p.portfolio.map((i) => `${i.title}. ${i.description}`),
      ...p.work_history.map((c) => c.title),
    ]
      .join('\n')
      .slice(0, 8000),
    // The line as read, when there is one: hashing it costs a tenth of serialising the parsed
    // profile again, and the same line always gives the same hash, which is all re-import needs.
    source_hash: hash('sha1', source ?? JSON.stringify([p, truth ?? null]), 'base64url'),
  };
  return {
    freelancer,
    children: {
      skills: [...skills.values()],
      languages: dedupeBy(p.languages, (l) => l.code).map((l) => ({
        ...l,
        level_rank: LEVEL_RANK[l.level],
      })),
      portfolio,
      contracts,
      truth: truth ? [truth] : [],
    } satisfies Children,
  };
}

const memos = new WeakMap<SkillGraph, Map<string, ResolvedSkill>>();

interface ResolvedSkill {
  node: SkillNode | undefined;
  /** The canonical skill and its ancestors; none when the taxonomy lacks the name. */
  ids: number[];
}

/**
 * What a written skill name resolves to, memoised per graph: an import resolves the same few
 * thousand names millions of times. Bounded, since names come from the files.
 */
function resolvedSkills(graph: SkillGraph): (written: string) => ResolvedSkill {
  let memo = memos.get(graph);
  if (!memo) memos.set(graph, (memo = new Map()));
  const cache = memo;
  return (written) => {
    let resolved = cache.get(written);
    if (resolved === undefined) {
      const node = graph.resolve(written);
      resolved = { node, ids: node ? graph.withAncestors(node.id) : [] };
      if (cache.size >= 100_000) cache.clear();
      cache.set(written, resolved);
    }
    return resolved;
  };
}

type Outcomes = Pick<FreelancerSkillsTable, 'rated' | 'rating_sum' | 'judged' | 'succeeded'>;

function priorScore(p: Profile): number {
  const quality = qualityScore({
    rating: p.stats.rating ?? null,
    reviews_count: p.stats.reviews_count,
    job_success: p.stats.job_success ?? null,
    jobs_completed: p.stats.jobs_completed,
  });
  // A little weight on volume, so that among equals the proven come first; rising talent gets
  // its own retrieval branch, so this cannot hide them.
  return quality * 0.85 + Math.min(1, Math.log1p(p.stats.jobs_completed) / Math.log1p(50)) * 0.15;
}

function dedupeBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export type ProfileRows = ReturnType<typeof profileRows>;
