import type { Db } from '../../db/database.js';
import { words } from './words.js';

// The learned need→skill model at query time: the weights of the request's own words and word
// pairs, read from the latest model `shortlist train` stored, summed per skill. Each weight is a
// smoothed PMI between a word appearing in a job's text and the job using a skill, so a sum says
// how much more likely the skill is given these words than without them.

export interface Feature {
  /** Stem, or two stems joined by a space. */
  key: string;
  /** Character span of the words in the request. */
  start: number;
  end: number;
}

/** Content stems and adjacent pairs of them: what both training and queries count. */
export function features(text: string): Feature[] {
  const content = words(text).filter((w) => !w.stop && w.stem.length > 1);
  const out: Feature[] = content.map((w) => ({ key: w.stem, start: w.start, end: w.end }));
  for (let i = 1; i < content.length; i++) {
    out.push({
      key: `${content[i - 1].stem} ${content[i].stem}`,
      start: content[i - 1].start,
      end: content[i].end,
    });
  }
  return out;
}

export interface LearnedGuess {
  skillId: number;
  confidence: number;
  score: number;
  /** The request's features that point at it most, strongest first. */
  because: Feature[];
}

export type Weights = Map<string, Map<number, number>>;

/**
 * Skills the model reads in the features, best first. Confidence turns the summed PMI into 0..1
 * against a "no skill" alternative: a few weak words stay well under a half.
 */
export function scoreSkills(found: Feature[], weights: Weights): LearnedGuess[] {
  const totals = new Map<number, { score: number; because: [Feature, number][] }>();
  const seen = new Set<string>();
  for (const f of found) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    for (const [skillId, w] of weights.get(f.key) ?? []) {
      const t = totals.get(skillId) ?? { score: 0, because: [] };
      t.score += w;
      t.because.push([f, w]);
      totals.set(skillId, t);
    }
  }
  const ranked = [...totals].sort((a, b) => b[1].score - a[1].score);
  const odds = (score: number) => Math.exp(score / TEMPERATURE);
  const mass = ranked.reduce((s, [, t]) => s + odds(t.score), odds(NO_SKILL_SCORE));
  return ranked.map(([skillId, t]) => ({
    skillId,
    score: t.score,
    confidence: Math.round((odds(t.score) / mass) * 100) / 100,
    because: t.because.sort((a, b) => b[1] - a[1]).map(([f]) => f),
  }));
}

/**
 * The summed PMI at which a skill is as likely as no skill at all, and the temperature the sums
 * are divided by before the softmax: the summed weights of correlated words overstate the
 * evidence. Both were fitted together, by likelihood, on the judged requests of the tuned and
 * fresh 1–5 rows (whether the model's guess is a wanted skill, or "none" when none is); the
 * fit also lowers the loss on fresh 6, held out of it (2.58 → 2.27 nats a request).
 */
export const NO_SKILL_SCORE = 4.2;
export const TEMPERATURE = 1.5;

interface WeightCache {
  modelId: number | null;
  checkedAt: number;
  /** Per feature: its weights, or null when the model has none (so absence is cached too). */
  byFeature: Map<string, Map<number, number> | null>;
}

/** How long a process trusts that the stored model is the one it cached (another may retrain). */
const MODEL_CHECK_MS = 60_000;
/** Features kept per database; past this the cache starts again, so memory stays bounded. */
const MAX_CACHED_FEATURES = 50_000;
const caches = new WeakMap<Db, WeightCache>();

/** Drops what this process remembers of a database's model (train calls it after storing one). */
export function forgetWeights(db: Db): void {
  caches.delete(db);
}

/**
 * The latest model's weights for these features: an indexed read of the rows of the features not
 * seen before, remembered per process, so a search reads at most its new words.
 */
export async function loadWeights(db: Db, keys: string[]): Promise<Weights> {
  const weights: Weights = new Map();
  if (keys.length === 0) return weights;
  let cache = caches.get(db);
  const now = Date.now();
  if (!cache || now - cache.checkedAt > MODEL_CHECK_MS) {
    const row = await db
      .selectFrom('need_models')
      .select((m) => m.fn.max('need_models.id').as('id'))
      .executeTakeFirst();
    const modelId = row?.id ?? null;
    if (!cache || cache.modelId !== modelId || cache.byFeature.size > MAX_CACHED_FEATURES)
      cache = { modelId, checkedAt: now, byFeature: new Map() };
    cache.checkedAt = now;
    caches.set(db, cache);
  }
  const { byFeature, modelId } = cache;
  const missing = [...new Set(keys)].filter((k) => !byFeature.has(k));
  if (missing.length && modelId !== null) {
    const rows = await db
      .selectFrom('need_model_weights')
      .select(['feature', 'skill_id', 'weight'])
      .where('model_id', '=', modelId)
      .where('feature', 'in', missing)
      .execute();
    for (const k of missing) byFeature.set(k, null);
    for (const r of rows) {
      const m = byFeature.get(r.feature) ?? new Map<number, number>();
      m.set(r.skill_id, Number(r.weight));
      byFeature.set(r.feature, m);
    }
  }
  for (const k of keys) {
    const m = byFeature.get(k);
    if (m) weights.set(k, m);
  }
  return weights;
}
