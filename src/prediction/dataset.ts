import type { Db } from '../db/database.js';
import {
  contractFeatures,
  FEATURES,
  type ContractFacts,
  type FeatureName,
  type FreelancerFacts,
} from './features.js';

// The training set: every finished contract with a known outcome in the index, one row each, its
// features computed as of its own start date. Opted-out profiles are never used.

export interface Example {
  start_date: string;
  row: number[];
  label: number;
}

export interface FreelancerHistory {
  facts: FreelancerFacts;
  contracts: ContractFacts[];
}

export const FEATURE_NAMES: FeatureName[] = FEATURES.map((f) => f.name);

export function rowOf(
  values: Record<FeatureName, number>,
  names: FeatureName[] = FEATURE_NAMES,
): number[] {
  return names.map((n) => values[n]);
}

/** Training reads at most this many freelancers (the first by id), so it stays bounded. */
export const MAX_TRAINING_FREELANCERS = 20_000;

/** Histories of opted-in freelancers, keyed by internal id; `ids` narrows it to some of them. */
export async function loadHistories(
  db: Db,
  ids?: number[],
): Promise<Map<number, FreelancerHistory>> {
  if (ids && ids.length === 0) return new Map();
  let people = db
    .selectFrom('freelancers')
    .select(['id', 'hourly_rate_usd', 'experience_years'])
    .where('ai_opt_in', '=', true)
    .orderBy('id');
  people = ids ? people.where('id', 'in', ids) : people.limit(MAX_TRAINING_FREELANCERS);
  const histories = new Map<number, FreelancerHistory>();
  for (const p of await people.execute()) {
    histories.set(Number(p.id), {
      facts: {
        hourly_rate_usd: p.hourly_rate_usd,
        experience_years: p.experience_years,
        skills: new Map(),
      },
      contracts: [],
    });
  }
  let skills = db
    .selectFrom('freelancer_skills')
    .select(['freelancer_id', 'skill_id', 'years', 'level']);
  // Without ids, the rows of the freelancers read above: ids up to the last of them.
  let lastId = 0;
  for (const id of histories.keys()) lastId = Math.max(lastId, id);
  skills = ids
    ? skills.where('freelancer_id', 'in', ids)
    : skills.where('freelancer_id', '<=', lastId);
  for (const s of await skills.execute()) {
    histories
      .get(Number(s.freelancer_id))
      ?.facts.skills.set(s.skill_id, { years: s.years, level: s.level });
  }
  let contracts = db
    .selectFrom('contracts')
    .select([
      'freelancer_id',
      'start_date',
      'end_date',
      'skill_ids',
      'hourly',
      'rating',
      'on_time',
      'rehired',
      'success',
    ])
    .orderBy('freelancer_id')
    .orderBy('start_date');
  contracts = ids
    ? contracts.where('freelancer_id', 'in', ids)
    : contracts.where('freelancer_id', '<=', lastId);
  for (const c of await contracts.execute()) {
    const { freelancer_id, ...facts } = c;
    histories.get(Number(freelancer_id))?.contracts.push(facts);
  }
  return histories;
}

export function buildExamples(histories: Map<number, FreelancerHistory>): Example[] {
  const examples: Example[] = [];
  for (const { facts, contracts } of histories.values()) {
    for (const c of contracts) {
      if (c.success === null || c.end_date === null) continue;
      examples.push({
        start_date: c.start_date,
        row: rowOf(contractFeatures(c, contracts, facts)),
        label: c.success ? 1 : 0,
      });
    }
  }
  return examples.sort((a, b) =>
    a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0,
  );
}
