import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// Facts about the index that searches read on every call but that change only with imports:
// countries by region, every time zone present, and how many people show each skill. They are
// counted when the index changes (`storeIndexFacts`: import, train, seed) and kept in
// `index_facts`, so a process reads two small rows at start and every few minutes after
// (src/app.ts), never a join or a scan of the whole index. An index that was never counted is
// counted live, as before.

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

interface StoredFrequency {
  profiles: number;
  holders: Record<string, number>;
}

/** Counts the facts of the index as it is now and stores them (replacing the old ones). */
export async function storeIndexFacts(db: Db): Promise<void> {
  const [frequency, zones] = await Promise.all([countSkillFrequency(db), countTimezones(db)]);
  const facts = [
    {
      name: 'skill_frequency' as const,
      value: JSON.stringify({
        profiles: frequency.profiles,
        holders: Object.fromEntries(frequency.holders),
      } satisfies StoredFrequency),
    },
    { name: 'timezones' as const, value: JSON.stringify(zones) },
  ];
  await db
    .insertInto('index_facts')
    .values(facts)
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        value: (eb) => eb.ref('excluded.value'),
        counted_at: sql`now()`,
      }),
    )
    .execute();
}

async function storedFact(db: Db, name: 'skill_frequency' | 'timezones'): Promise<unknown> {
  const row = await db
    .selectFrom('index_facts')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  return row?.value;
}

export async function readGeo(db: Db): Promise<Geo> {
  const [countries, stored] = await Promise.all([
    db.selectFrom('countries').select(['code', 'name', 'region', 'timezones']).execute(),
    storedFact(db, 'timezones') as Promise<string[] | undefined>,
  ]);
  const byRegion = new Map<string, string[]>();
  const timezones = new Set<string>(stored ?? (await countTimezones(db)));
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
  const stored = (await storedFact(db, 'skill_frequency')) as StoredFrequency | undefined;
  if (!stored) return countSkillFrequency(db);
  return {
    profiles: stored.profiles,
    holders: new Map(Object.entries(stored.holders).map(([id, n]) => [Number(id), n])),
  };
}

async function countTimezones(db: Db): Promise<string[]> {
  const zones = await db.selectFrom('freelancers').select('timezone').distinct().execute();
  return zones.map((z) => z.timezone);
}

async function countSkillFrequency(db: Db): Promise<SkillFrequency> {
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
