import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { FreelancerSkillsTable } from '../db/schema.js';
import type { Profile } from './profile.js';
import type { SkillGraph } from './skill-graph.js';
import { qualityScore } from '../ranking/quality.js';

// Writes validated profiles in batches. Each batch is a handful of statements whatever its size:
// rows travel as one JSON parameter and `jsonb_to_recordset` unpacks them in the database. An
// unchanged profile (same source hash) is left alone, so importing a file twice changes nothing.

export interface ProfileTruth {
  quality: number;
  specialties: string[];
}

export interface WriteResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

const LEVEL_RANK = { basic: 1, conversational: 2, fluent: 3, native: 4 } as const;

export async function writeProfiles(
  db: Db,
  graph: SkillGraph,
  regionOf: Map<string, string>,
  batch: { profile: Profile; truth?: ProfileTruth }[],
): Promise<WriteResult> {
  if (batch.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const rows = new Map<string, ReturnType<typeof describe>>();
  // The last line for an external id wins, as it would across two imports.
  for (const item of batch) rows.set(item.profile.external_id, describe(graph, regionOf, item));
  // Sorted, so concurrent batches lock rows in the same order and cannot deadlock.
  const freelancers = [...rows.values()]
    .map((r) => r.freelancer)
    .sort((a, b) => (a.external_id < b.external_id ? -1 : 1));

  return db.transaction().execute(async (trx) => {
    const written = await sql<{ id: number; external_id: string; inserted: boolean }>`
      insert into freelancers (external_id, name, title, overview, hourly_rate_usd, country, city,
        timezone, region, hours_per_week, available_from, talent_type, rating, reviews_count,
        jobs_completed, job_success, total_earnings_usd, total_hours, member_since,
        response_time_hours, experience_years, prior_score, max_evidence, badges, certifications,
        skill_ids, other_skills, ai_opt_in, search_doc, headline_doc, source_hash)
      select x.external_id, x.name, x.title, x.overview, x.hourly_rate_usd, x.country, x.city,
        x.timezone, x.region, x.hours_per_week, x.available_from, x.talent_type, x.rating,
        x.reviews_count, x.jobs_completed, x.job_success, x.total_earnings_usd, x.total_hours,
        x.member_since, x.response_time_hours, x.experience_years, x.prior_score, x.max_evidence, x.badges, x.certifications, x.skill_ids,
        x.other_skills, x.ai_opt_in,
        setweight(to_tsvector('english', x.title), 'A') ||
        setweight(to_tsvector('english', x.skills_text), 'B') ||
        setweight(to_tsvector('english', x.evidence_text), 'C') ||
        setweight(to_tsvector('english', x.overview), 'D'),
        setweight(to_tsvector('english', x.title), 'A') ||
        setweight(to_tsvector('english', x.skills_text), 'B'),
        x.source_hash
      from jsonb_to_recordset(${JSON.stringify(freelancers)}::jsonb) as x(
        external_id text, name text, title text, overview text, hourly_rate_usd float8,
        country text, city text, timezone text, region text, hours_per_week float8,
        available_from date, talent_type text, rating float8, reviews_count int,
        jobs_completed int, job_success float8, total_earnings_usd float8, total_hours float8,
        member_since date, response_time_hours float8, experience_years float8,
        prior_score float8, max_evidence int, badges text[], certifications jsonb,
        skill_ids int[], other_skills text[], ai_opt_in boolean, skills_text text,
        evidence_text text, source_hash text)
      on conflict (external_id) do update set
        name = excluded.name, title = excluded.title, overview = excluded.overview,
        hourly_rate_usd = excluded.hourly_rate_usd, country = excluded.country,
        city = excluded.city, timezone = excluded.timezone, region = excluded.region,
        hours_per_week = excluded.hours_per_week, available_from = excluded.available_from,
        talent_type = excluded.talent_type, rating = excluded.rating,
        reviews_count = excluded.reviews_count, jobs_completed = excluded.jobs_completed,
        job_success = excluded.job_success, total_earnings_usd = excluded.total_earnings_usd,
        total_hours = excluded.total_hours, member_since = excluded.member_since,
        response_time_hours = excluded.response_time_hours,
        experience_years = excluded.experience_years, prior_score = excluded.prior_score,
        max_evidence = excluded.max_evidence, headline_doc = excluded.headline_doc,
        badges = excluded.badges,
        certifications = excluded.certifications, skill_ids = excluded.skill_ids,
        other_skills = excluded.other_skills, ai_opt_in = excluded.ai_opt_in,
        search_doc = excluded.search_doc, source_hash = excluded.source_hash, updated_at = now()
      where freelancers.source_hash is distinct from excluded.source_hash
      returning id, external_id, (xmax = 0) as inserted`.execute(trx);

    const changed = written.rows;
    if (changed.length === 0) return { inserted: 0, updated: 0, unchanged: rows.size };
    const updatedIds = changed.filter((r) => !r.inserted).map((r) => r.id);
    if (updatedIds.length > 0) {
      for (const table of [
        'freelancer_skills',
        'freelancer_languages',
        'portfolio_items',
        'contracts',
        'seed_truth',
      ] as const) {
        await trx.deleteFrom(table).where('freelancer_id', 'in', updatedIds).execute();
      }
    }
    const children = { skills: [], languages: [], portfolio: [], contracts: [], truth: [] } as {
      [K in keyof Children]: (Children[K][number] & { freelancer_id: number })[];
    };
    for (const { id, external_id } of changed) {
      const r = rows.get(external_id)!;
      for (const key of Object.keys(children) as (keyof Children)[]) {
        for (const child of r.children[key])
          children[key].push({ ...child, freelancer_id: id } as never);
      }
    }
    await insertRecordset(trx, 'freelancer_skills', children.skills, {
      freelancer_id: 'bigint',
      skill_id: 'int',
      name_as_written: 'text',
      years: 'float8',
      level: 'text',
      evidence_count: 'int',
      rated: 'int',
      rating_sum: 'float8',
      judged: 'int',
      succeeded: 'int',
    });
    await insertRecordset(trx, 'freelancer_languages', children.languages, {
      freelancer_id: 'bigint',
      code: 'text',
      level: 'text',
      level_rank: 'smallint',
    });
    await insertRecordset(trx, 'portfolio_items', children.portfolio, {
      freelancer_id: 'bigint',
      position: 'int',
      title: 'text',
      description: 'text',
      skills: 'text[]',
      skill_ids: 'int[]',
      url: 'text',
    });
    await insertRecordset(trx, 'contracts', children.contracts, {
      freelancer_id: 'bigint',
      position: 'int',
      title: 'text',
      description: 'text',
      skills: 'text[]',
      skill_ids: 'int[]',
      start_date: 'date',
      end_date: 'date',
      amount_usd: 'float8',
      hourly: 'boolean',
      rating: 'float8',
      feedback: 'text',
      on_time: 'boolean',
      rehired: 'boolean',
      success: 'boolean',
    });
    await insertRecordset(trx, 'seed_truth', children.truth, {
      freelancer_id: 'bigint',
      quality: 'float8',
      specialties: 'text[]',
    });
    const inserted = changed.length - updatedIds.length;
    return { inserted, updated: updatedIds.length, unchanged: rows.size - changed.length };
  });
}

async function insertRecordset(
  db: Db,
  table: string,
  rows: object[],
  columns: Record<string, string>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const list = sql.raw(names.join(', '));
  const types = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '));
  await sql`insert into ${sql.table(table)} (${list})
    select ${list} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${types})`.execute(
    db,
  );
}

interface Children {
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

function describe(
  graph: SkillGraph,
  regionOf: Map<string, string>,
  { profile: p, truth }: { profile: Profile; truth?: ProfileTruth },
) {
  const resolveAll = (names: string[]) => {
    const ids = new Set<number>();
    for (const n of names) {
      const node = graph.resolve(n);
      if (node) for (const a of graph.withAncestors(node.id)) ids.add(a);
    }
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
  for (const item of [...portfolio, ...contracts]) {
    for (const id of item.skill_ids) evidence.set(id, (evidence.get(id) ?? 0) + 1);
  }
  const outcomes = new Map<number, Outcomes>();
  for (const c of p.work_history) {
    const o = c.outcome;
    if (!o || (o.rating === undefined && o.success === undefined)) continue;
    for (const id of resolveAll(c.skills)) {
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
    const node = graph.resolve(s.name);
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
  for (const item of [...portfolio, ...contracts])
    for (const id of item.skill_ids) skillIds.add(id);

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
    source_hash: createHash('sha1')
      .update(JSON.stringify([p, truth ?? null]))
      .digest('base64url'),
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
