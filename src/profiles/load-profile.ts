import type { Db } from '../db/database.js';
import type { Contract, Freelancer } from '../db/schema.js';
import { ShortlistError } from '../errors.js';

// One freelancer with everything get_profile shows. An opted-out profile is answered exactly like
// an unknown id, so the answer never reveals that such a person is in the index.

export interface ProfileSkillRow {
  skill_id: number;
  name: string;
  name_as_written: string;
  years: number | null;
  level: 'beginner' | 'intermediate' | 'expert' | null;
  evidence_count: number;
}

export interface FullProfile {
  freelancer: Freelancer;
  skills: ProfileSkillRow[];
  languages: { code: string; level: string }[];
  portfolio: { title: string; description: string; skills: string[]; url: string | null }[];
  /** Newest first. */
  contracts: Contract[];
}

export function unknownFreelancer(id: string): ShortlistError {
  return new ShortlistError(
    'not_found',
    `No freelancer "${id}" in the index. Use a freelancer_id from search_freelancers results.`,
  );
}

export async function findFreelancer(db: Db, externalId: string): Promise<Freelancer> {
  const freelancer = await db
    .selectFrom('freelancers')
    .selectAll()
    .where('external_id', '=', externalId)
    .where('ai_opt_in', '=', true)
    .executeTakeFirst();
  if (!freelancer) throw unknownFreelancer(externalId);
  return { ...freelancer, id: Number(freelancer.id) };
}

export async function loadFullProfile(db: Db, externalId: string): Promise<FullProfile> {
  const freelancer = await findFreelancer(db, externalId);
  const [skills, languages, portfolio, contracts] = await Promise.all([
    db
      .selectFrom('freelancer_skills')
      .innerJoin('skills', 'skills.id', 'freelancer_skills.skill_id')
      .select([
        'freelancer_skills.skill_id',
        'skills.name',
        'freelancer_skills.name_as_written',
        'freelancer_skills.years',
        'freelancer_skills.level',
        'freelancer_skills.evidence_count',
      ])
      .where('freelancer_skills.freelancer_id', '=', freelancer.id)
      .execute(),
    db
      .selectFrom('freelancer_languages')
      .select(['code', 'level'])
      .where('freelancer_id', '=', freelancer.id)
      .orderBy('level_rank', 'desc')
      .orderBy('code')
      .execute(),
    db
      .selectFrom('portfolio_items')
      .select(['title', 'description', 'skills', 'url'])
      .where('freelancer_id', '=', freelancer.id)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('contracts')
      .selectAll()
      .where('freelancer_id', '=', freelancer.id)
      .orderBy('start_date', 'desc')
      .orderBy('position', 'desc')
      .execute(),
  ]);
  // Stated skills first by depth: expert before beginner, more years first.
  const levelRank = { expert: 3, intermediate: 2, beginner: 1 } as const;
  skills.sort(
    (a, b) =>
      (b.level ? levelRank[b.level] : 0) - (a.level ? levelRank[a.level] : 0) ||
      (b.years ?? 0) - (a.years ?? 0) ||
      b.evidence_count - a.evidence_count,
  );
  return {
    freelancer,
    skills,
    languages: languages.map((l) => ({ code: l.code.trim(), level: l.level })),
    portfolio,
    contracts: contracts.map((c) => ({ ...c, id: Number(c.id), freelancer_id: freelancer.id })),
  };
}
