import type { Db } from '../db/database.js';

// Facts about the index that searches read on every call but that change only with imports:
// countries by region, every time zone present, and how many people show each skill. The process
// keeps them (src/context.ts) and reads them again every few minutes, so an import's changes show.

export interface Geo {
  countries: Map<string, { name: string; region: string }>;
  byRegion: Map<string, string[]>;
  timezones: string[];
}

export interface SkillFrequency {
  profiles: number;
  /** Opted-in profiles that show each skill (closed over parents, as search matches them). */
  holders: Map<number, number>;
}

export async function readGeo(db: Db): Promise<Geo> {
  const [countries, zones] = await Promise.all([
    db.selectFrom('countries').select(['code', 'name', 'region', 'timezones']).execute(),
    db.selectFrom('freelancers').select('timezone').distinct().execute(),
  ]);
  const byRegion = new Map<string, string[]>();
  const timezones = new Set<string>(zones.map((z) => z.timezone));
  for (const c of countries) {
    byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.code.trim()]);
    for (const tz of c.timezones) timezones.add(tz);
  }
  return {
    countries: new Map(countries.map((c) => [c.code.trim(), { name: c.name, region: c.region }])),
    byRegion,
    timezones: [...timezones],
  };
}

export async function readSkillFrequency(db: Db): Promise<SkillFrequency> {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('freelancers as f')
      .innerJoin('freelancer_skills as fs', 'fs.freelancer_id', 'f.id')
      .select(['fs.skill_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('f.ai_opt_in', '=', true)
      .groupBy('fs.skill_id')
      .execute(),
    db
      .selectFrom('freelancers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ai_opt_in', '=', true)
      .executeTakeFirstOrThrow(),
  ]);
  return {
    profiles: Number(total.n),
    holders: new Map(rows.map((r) => [r.skill_id, Number(r.n)])),
  };
}

/** How telling a skill is: rare skills say more about a person than common ones (IDF). */
export function skillSpecificity(freq: SkillFrequency, skillId: number): number {
  return Math.log((freq.profiles + 1) / ((freq.holders.get(skillId) ?? 0) + 1)) + 1;
}
