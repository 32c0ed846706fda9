import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIndex } from '../../../src/index/seed-index.js';
import { trainNeedModel } from '../../../src/search/understand/train-need-model.js';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

// The need model's held-out tenth is chosen by what a work-history item is, not by the id the
// database gave it: the same index loaded again with other ids trains the same model.

describe(`the need model's hold-out split on ${testDatabase}`, () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedIndex(handle.db, {
      count: 150,
      seed: 'need-split',
      asOf: '2026-11-01',
      train: false,
    });
  });
  afterAll(async () => handle?.close());

  async function storedModel() {
    const rows = await handle.db
      .selectFrom('need_model_weights')
      .innerJoin('skills', 'skills.id', 'need_model_weights.skill_id')
      .select(['feature', 'skills.slug', 'weight'])
      .execute();
    return new Map(rows.map((r) => [`${r.feature}→${r.slug}`, Number(r.weight)]));
  }

  it('trains the same model, holding out the same items, when every contract id changes', async () => {
    const now = new Date('2026-11-02T00:00:00Z');
    const before = await trainNeedModel(handle.db, { now });
    const weightsBefore = await storedModel();
    // Other ids, in another order: what reseeding or re-importing an existing index does.
    await sql`update contracts set id = 1000003 - id`.execute(handle.db);
    const after = await trainNeedModel(handle.db, { now });
    expect(after).toEqual(before);
    expect(before!.holdout).toBeGreaterThan(20);
    expect(await storedModel()).toEqual(weightsBefore);
  });
});
