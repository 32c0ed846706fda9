import type { Db } from '../db/database.js';
import type { SkillGraph } from '../reference/skill-graph.js';
import type { Criteria } from '../core/criteria.js';
import { loadHistories, rowOf } from './dataset.js';
import { contractFeatures, FEATURES } from './features.js';
import { contributions, predictProbability } from './logistic.js';
import type { LoadedModel } from './model-store.js';

// The chance that a freelancer's contract on the searched project ends successfully, from the
// stored model, with the factors that moved it most from an average contract.

export interface SuccessPrediction {
  probability: number;
  factors: { factor: string; effect: 'raises' | 'lowers'; contribution: number }[];
  project: { skills: string[]; start_date: string; contract: 'hourly' | 'fixed_price' };
  model: {
    kind: 'logistic_regression';
    trained_at: string;
    holdout_contracts: number;
    auc: number;
    brier: number;
    baseline: { name: string; auc: number; brier: number };
  };
}

const TOP_FACTORS = 4;

export async function predictProjectSuccess(
  db: Db,
  graph: SkillGraph,
  model: LoadedModel,
  freelancerId: number,
  criteria: Criteria,
  now: Date,
): Promise<SuccessPrediction | undefined> {
  const history = (await loadHistories(db, [freelancerId])).get(freelancerId);
  if (!history) return undefined;
  const skillNames: string[] = [];
  const skillIds = new Set<number>();
  for (const written of [
    ...(criteria.required_skills ?? []),
    ...(criteria.preferred_skills ?? []),
  ]) {
    const node = graph.resolve(written);
    if (!node) continue;
    skillNames.push(node.name);
    // Contracts store their skills closed over broader ones; the project must look the same.
    for (const id of graph.withAncestors(node.id)) skillIds.add(id);
  }
  const today = now.toISOString().slice(0, 10);
  const startDate = criteria.project?.start_date ?? today;
  const fixed = criteria.project?.budget_usd !== undefined && criteria.hourly_rate === undefined;
  const target = {
    start_date: startDate < today ? today : startDate,
    skill_ids: [...skillIds],
    hourly: !fixed,
  };
  const row = rowOf(contractFeatures(target, history.contracts, history.facts));
  const labels = new Map<string, string>(FEATURES.map((f) => [f.name, f.label]));
  const factors = contributions(model.model, row)
    .map((c, j) => ({ name: model.model.features[j], c }))
    .filter((f) => Math.abs(f.c) >= 0.01)
    .sort((a, b) => Math.abs(b.c) - Math.abs(a.c))
    .slice(0, TOP_FACTORS)
    .map((f) => ({
      factor: labels.get(f.name) ?? f.name,
      effect: f.c > 0 ? ('raises' as const) : ('lowers' as const),
      contribution: Math.round(f.c * 100) / 100,
    }));
  const r = model.report;
  return {
    probability: Math.round(predictProbability(model.model, row) * 1000) / 1000,
    factors,
    project: {
      skills: skillNames,
      start_date: target.start_date,
      contract: fixed ? 'fixed_price' : 'hourly',
    },
    model: {
      kind: 'logistic_regression',
      trained_at: model.trained_at.toISOString(),
      holdout_contracts: r.holdout_count,
      auc: r.model.auc,
      brier: r.model.brier,
      baseline: { name: 'Job Success only', auc: r.baseline.auc, brier: r.baseline.brier },
    },
  };
}
