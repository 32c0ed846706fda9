import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIndex } from '../../../src/index/seed-index.js';
import { features, loadWeights, scoreSkills } from '../../../src/search/understand/need-model.js';
import {
  trainNeedModel,
  type NeedModelReport,
} from '../../../src/search/understand/train-need-model.js';
import { vocabularyFile } from '../../../src/search/understand/vocabulary.js';
import { openTestDatabase, testDatabase, type TestDatabase } from '../../helpers/database.js';

describe(`the need→skill model on ${testDatabase}`, () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await openTestDatabase();
    await seedIndex(handle.db, {
      count: 150,
      seed: 'need-model',
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

  // The first training, shared by the tests below (each trains it if run alone).
  const now = new Date('2026-11-02T00:00:00Z');
  let first: Promise<NeedModelReport | undefined> | undefined;
  const trainedOnce = () => (first ??= trainNeedModel(handle.db, { now }));

  it('learns from the index, beats the most-frequent-skills baseline, and stores its size', async () => {
    const report = await trainedOnce();
    expect(report).toBeDefined();
    expect(report!.holdout).toBeGreaterThan(50);
    expect(report!.top3).toBeGreaterThan(report!.baseline_top3);
    const stored = await handle.db.selectFrom('need_models').selectAll().execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ documents: report!.documents, pairs: report!.pairs });
    expect(new Date(stored[0].trained_at).toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  it('replaces the old model when trained again, the same model when every contract id changes, and reads only the words asked about', async () => {
    const report = await trainedOnce();
    const before = await storedModel();
    // Other ids, in another order: what reseeding or re-importing an existing index does. The
    // held-out tenth is chosen by what a work-history item is, never by the id the database gave
    // it, so the same index loaded again with other ids trains the same model.
    await sql`update contracts set id = 1000003 - id`.execute(handle.db);
    const after = await trainNeedModel(handle.db, { now });
    expect(after).toEqual(report);
    expect(await handle.db.selectFrom('need_models').selectAll().execute()).toHaveLength(1);
    expect(await storedModel()).toEqual(before);

    const found = features('translate our brochure into French');
    const weights = await loadWeights(
      handle.db,
      found.map((f) => f.key),
    );
    expect([...weights.keys()].every((k) => found.some((f) => f.key === k))).toBe(true);
    const guesses = scoreSkills(found, weights);
    const skills = await handle.db.selectFrom('skills').select(['id', 'category_id']).execute();
    const category = new Map(skills.map((s) => [s.id, s.category_id]));
    expect(category.get(guesses[0].skillId)).toBe('translation');
  });

  it("learns the words of the vocabulary's phrasings that the index's own work never uses", async () => {
    // The model the tests above trained (the same index, trained the same way).
    await trainedOnce();
    const work = await handle.db
      .selectFrom('contracts')
      .select(['title', 'description'])
      .unionAll(handle.db.selectFrom('portfolio_items').select(['title', 'description']))
      .execute();
    const workKeys = new Set(
      work.flatMap((w) => features(`${w.title}. ${w.description ?? ''}`).map((f) => f.key)),
    );
    // Words that three or more phrasings of one skill share, and no job or portfolio item holds.
    const bySkill = new Map<string, Map<string, number>>();
    for (const [slug, phrases] of Object.entries(vocabularyFile().skills)) {
      for (const phrase of phrases) {
        for (const key of new Set(features(phrase).map((f) => f.key))) {
          const counts = bySkill.get(key) ?? new Map<string, number>();
          counts.set(slug, (counts.get(slug) ?? 0) + 1);
          bySkill.set(key, counts);
        }
      }
    }
    const only = [...bySkill]
      .filter(([key, counts]) => !workKeys.has(key) && counts.size === 1)
      .filter(([, counts]) => [...counts.values()][0] >= 3)
      .map(([key, counts]) => ({ key, slug: [...counts.keys()][0] }));
    expect(only.length).toBeGreaterThan(5);
    const weights = await loadWeights(
      handle.db,
      only.map((o) => o.key),
    );
    const skills = await handle.db.selectFrom('skills').select(['id', 'slug']).execute();
    const slugOf = new Map(skills.map((s) => [s.id, s.slug]));
    for (const { key, slug } of only) {
      const learned = [...(weights.get(key) ?? [])].map(([id]) => slugOf.get(id));
      expect(learned, key).toEqual([slug]);
    }
  });
});
