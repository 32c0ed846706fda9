import { beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { loadLatestModel } from '../../../src/prediction/model-store.js';
import { predictProjectSuccess } from '../../../src/prediction/predict.js';
import { beatsBaseline } from '../../../src/prediction/report.js';
import type { TrainingReport } from '../../../src/prediction/model-store.js';
import { trainSuccessModel } from '../../../src/prediction/train.js';
import type { TestDatabase } from '../../helpers/database.js';
import { openSharedSeeded } from '../../helpers/seeded.js';
import { contextAt } from '../profiles/setup.js';
import { rolledBack } from '../rolled-back.js';

const AS_OF = '2026-11-01';
const NOW = new Date(`${AS_OF}T12:00:00Z`);
let handle: TestDatabase;
let ctx: AppContext;
let seeded: TrainingReport;

// The worker's shared seeded index (SEEDED_INDEX, 1,500 profiles as of AS_OF), made by seedIndex
// as `seed` makes an index: the model it stored is the one seeding trained. Training again is
// rolled back, so the files sharing the index keep that model.
beforeAll(async () => {
  ({ handle } = await openSharedSeeded());
  ({ ctx } = contextAt(handle, NOW));
  const stored = await loadLatestModel(handle.db);
  if (!stored) throw new Error('seeding did not train the model');
  seeded = stored.report;
});

describe('success model', () => {
  it('is trained by seed and stored with its held-out metrics', async () => {
    const stored = await loadLatestModel(handle.db);
    expect(stored!.model.features).toHaveLength(13);
    expect(seeded.train_count + seeded.holdout_count).toBeGreaterThan(2000);
    expect(seeded.holdout_count / (seeded.train_count + seeded.holdout_count)).toBeCloseTo(0.2, 1);
    expect(seeded.calibration.reduce((n, b) => n + b.count, 0)).toBe(seeded.holdout_count);
  });

  it('beats the Job-Success-only baseline on held-out AUC and Brier', () => {
    expect(seeded.model.auc).toBeGreaterThan(seeded.baseline.auc);
    expect(seeded.model.brier).toBeLessThan(seeded.baseline.brier);
    expect(beatsBaseline(seeded)).toBe(true);
  });

  it('holds out the newest contracts: every held-out contract starts after every training one', async () => {
    const { rows } = await ctx.db
      .selectFrom('contracts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('success', 'is not', null)
      .where('start_date', '>=', seeded.holdout_from)
      .execute()
      .then((r) => ({ rows: r }));
    // The opted-out profiles' contracts are never used, so the held-out count can only be lower.
    expect(Number(rows[0].n)).toBeGreaterThanOrEqual(seeded.holdout_count);
  });

  it('keeps the training date it was given, and the newest model wins', async () => {
    const later = new Date('2026-11-02T08:00:00Z');
    const { again, stored } = await rolledBack(handle.db, async (trx) => ({
      again: await trainSuccessModel(trx, { now: later }),
      stored: await loadLatestModel(trx),
    }));
    expect(again.stored).toBe(true);
    expect(stored!.trained_at.toISOString()).toBe(later.toISOString());
  });

  it('predicts a searched project with its top factors and the model quality', async () => {
    const model = (await loadLatestModel(handle.db))!;
    const graph = await ctx.skillGraph();
    const expert = await ctx.db
      .selectFrom('freelancer_skills')
      .innerJoin('freelancers', 'freelancers.id', 'freelancer_skills.freelancer_id')
      .innerJoin('skills', 'skills.id', 'freelancer_skills.skill_id')
      .select(['freelancers.id', 'freelancers.skill_ids', 'skills.name', 'skills.category_id'])
      .where('freelancer_skills.level', '=', 'expert')
      .where('freelancers.ai_opt_in', '=', true)
      .where('freelancers.jobs_completed', '>=', 5)
      .orderBy('freelancers.id')
      .executeTakeFirstOrThrow();
    // A real skill from another category that the freelancer has never shown.
    const other = [...graph.nodes.values()].find(
      (n) => n.category !== expert.category_id && !expert.skill_ids.includes(n.id),
    )!;
    const own = await predictProjectSuccess(
      ctx.db,
      graph,
      model,
      expert.id,
      { query: 'x', required_skills: [expert.name] },
      NOW,
    );
    const unrelated = await predictProjectSuccess(
      ctx.db,
      graph,
      model,
      expert.id,
      { query: 'x', required_skills: [other.name] },
      NOW,
    );
    expect(own!.probability).toBeGreaterThan(0);
    expect(own!.probability).toBeLessThan(1);
    // Their own expert skill predicts better than work outside everything they have done.
    expect(own!.probability).toBeGreaterThan(unrelated!.probability);
    expect(own!.project).toEqual({ skills: [expert.name], start_date: AS_OF, contract: 'hourly' });
    expect(own!.factors.length).toBeGreaterThan(0);
    expect(own!.factors.length).toBeLessThanOrEqual(4);
    expect(own!.model).toMatchObject({
      auc: model.report.model.auc,
      brier: model.report.model.brier,
    });
  });
});
