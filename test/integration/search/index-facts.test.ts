import { describe, expect, it } from 'vitest';
import {
  readGeo,
  readSkillFrequency,
  storeIndexFacts,
} from '../../../src/reference/index-facts.js';
import type { Db } from '../../../src/db/database.js';
import { useSeeded } from '../../helpers/seeded.js';
import { rolledBack } from '../rolled-back.js';

// The facts searches read about the index are counted when it changes (seed, train, import) and
// stored, so a process reads them from two small rows; what is stored is what a live count says.
// The index is the worker's shared one: the writes below are rolled back (rolled-back.ts).

const seeded = useSeeded({ shared: true });

async function liveHolders(db: Db = seeded.ctx.db): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('freelancers as f')
    .innerJoin('freelancer_skills as fs', 'fs.freelancer_id', 'f.id')
    .select(['fs.skill_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('f.ai_opt_in', '=', true)
    .groupBy('fs.skill_id')
    .execute();
  return new Map(rows.map((r) => [r.skill_id, Number(r.n)]));
}

describe('index facts', () => {
  it('are stored by seeding, and read back as a live count would find them', async () => {
    const names = await seeded.ctx.db
      .selectFrom('index_facts')
      .select('name')
      .orderBy('name')
      .execute();
    expect(names.map((n) => n.name)).toEqual(['skill_frequency', 'text_champions', 'timezones']);
    const frequency = await readSkillFrequency(seeded.ctx.db);
    expect(frequency.holders).toEqual(await liveHolders());
    const optedIn = await seeded.ctx.db
      .selectFrom('freelancers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('ai_opt_in', '=', true)
      .executeTakeFirstOrThrow();
    expect(frequency.profiles).toBe(Number(optedIn.n));
    const zones = await seeded.ctx.db
      .selectFrom('freelancers')
      .select('timezone')
      .distinct()
      .execute();
    const geo = await readGeo(seeded.ctx.db);
    for (const z of zones) expect(geo.timezones).toContain(z.timezone);
  });

  it('are what searches read, not a recount: they change when counted again', () =>
    rolledBack(seeded.ctx.db, async (db) => {
      const before = await readSkillFrequency(db);
      await optOutToChatham(db);
      expect((await readSkillFrequency(db)).profiles).toBe(before.profiles);
      expect((await readGeo(db)).timezones).not.toContain('Pacific/Chatham');
      await storeIndexFacts(db);
      const after = await readSkillFrequency(db);
      expect(after.profiles).toBe(before.profiles - 1);
      expect(after.holders).toEqual(await liveHolders(db));
      expect((await readGeo(db)).timezones).toContain('Pacific/Chatham');
    }));

  it('are counted live on an index that was never counted', () =>
    rolledBack(seeded.ctx.db, async (db) => {
      await optOutToChatham(db);
      await db.deleteFrom('index_facts').execute();
      expect((await readSkillFrequency(db)).holders).toEqual(await liveHolders(db));
      expect((await readGeo(db)).timezones).toContain('Pacific/Chatham');
    }));
});

/** Moves the first opted-in profile to a time zone no one else has, and opts it out. */
async function optOutToChatham(db: Db): Promise<number> {
  const someone = await db
    .selectFrom('freelancers')
    .select('id')
    .where('ai_opt_in', '=', true)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('freelancers')
    .set({ ai_opt_in: false, timezone: 'Pacific/Chatham' })
    .where('id', '=', someone.id)
    .execute();
  return someone.id;
}
