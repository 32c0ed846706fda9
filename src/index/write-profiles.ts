import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { profileRows, type ProfileRows, type ProfileSource } from './profile-rows.js';
import type { SkillGraph } from '../reference/skill-graph.js';

// Writes validated profiles in batches. Each batch is a handful of statements whatever its size:
// rows travel as one JSON parameter and `jsonb_to_recordset` unpacks them in the database. An
// unchanged profile (same source hash) is left alone, so importing a file twice changes nothing.

export interface WriteResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export async function writeProfiles(
  db: Db,
  graph: SkillGraph,
  regionOf: Map<string, string>,
  batch: ProfileSource[],
): Promise<WriteResult> {
  if (batch.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const rows = new Map<string, ProfileRows>();
  // The last line for an external id wins, as it would across two imports.
  for (const item of batch) rows.set(item.profile.external_id, profileRows(graph, regionOf, item));
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
      [K in keyof ProfileRows['children']]: (ProfileRows['children'][K][number] & {
        freelancer_id: number;
      })[];
    };
    for (const { id, external_id } of changed) {
      const r = rows.get(external_id)!;
      for (const key of Object.keys(children) as (keyof ProfileRows['children'])[]) {
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
