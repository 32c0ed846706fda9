import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { countProfileWords } from '../retrieve/fulltext.js';
import { features, forgetWeights, scoreSkills, type Weights } from './need-model.js';
import { vocabularyFile } from './vocabulary.js';
import { GENERIC_STEMS } from './words.js';

// `shortlist train` (and so `seed`) fits the need→skill model on the index's own words: the
// titles and descriptions of past jobs and portfolio items, against the skills each one used.
// One work-history item in ten is held out; the report is top-3 accuracy on those from their text
// alone, beside always guessing the three most frequent skills. Which ten percent is a hash of the
// item's own identity (its freelancer's external id and its place in their history), never of a
// database id: reseeding or re-importing the same index gives the same split, so the same model.

export interface NeedModelReport {
  trained_at: string;
  /** Profiles whose words were counted for full-text recall (its IDF). */
  profiles: number;
  documents: number;
  holdout: number;
  features: number;
  pairs: number;
  top3: number;
  baseline_top3: number;
}

interface Doc {
  text: string;
  skills: number[];
  heldOut: boolean;
}

/** Training reads at most this many items, so training time stays bounded on a huge index. */
const MAX_DOCUMENTS = 250_000;
const MIN_FEATURE_COUNT = 3;
const MIN_PAIR_COUNT = 2;
const MIN_WEIGHT = 0.4;
const SKILLS_PER_FEATURE = 12;
const SMOOTHING = 1;

export async function trainNeedModel(
  db: Db,
  options: { now?: Date } = {},
): Promise<NeedModelReport | undefined> {
  const docs = await readDocuments(db);
  const training = docs.filter((d) => !d.heldOut);
  if (training.length === 0) return undefined;

  const { weights, skillCount } = fitWeights(training);
  addPhrasingWeights(weights, fitWeights(await phrasingDocuments(db)).weights);
  const pairs = [...weights.values()].reduce((sum, bySkill) => sum + bySkill.size, 0);

  const frequent = [...skillCount].sort((a, b) => b[1] - a[1]).map(([s]) => s);
  const heldOut = docs.filter((d) => d.heldOut && d.skills.length > 0);
  let hits = 0;
  let baselineHits = 0;
  for (const d of heldOut) {
    const guessed = scoreSkills(features(d.text), weights).map((g) => g.skillId);
    const top3 = [...guessed, ...frequent.filter((s) => !guessed.includes(s))].slice(0, 3);
    if (top3.some((s) => d.skills.includes(s))) hits++;
    if (frequent.slice(0, 3).some((s) => d.skills.includes(s))) baselineHits++;
  }
  const report: NeedModelReport = {
    trained_at: (options.now ?? new Date()).toISOString(),
    profiles: await countProfileWords(db),
    documents: training.length,
    holdout: heldOut.length,
    features: weights.size,
    pairs,
    top3: round3(hits / Math.max(1, heldOut.length)),
    baseline_top3: round3(baselineHits / Math.max(1, heldOut.length)),
  };
  await store(db, weights, report);
  forgetWeights(db);
  return report;
}

/**
 * The vocabulary's phrasings are a second, independent source of evidence beside the index's own
 * work: their PMI adds to the work's, word by word and skill by skill. They teach the words the
 * work never uses ("conveyor", "receipts"), and the skills clients mean by words the work uses
 * for other things. Adding (rather than only filling the words the work lacks) raised every
 * never-tuned plain-words row on both seeds.
 */
export function addPhrasingWeights(weights: Weights, phrasing: Weights): void {
  for (const [key, bySkill] of phrasing) {
    // A role word alone ("developer") is context in a phrasing ("docs for developers"), never
    // the need: the work's own reading of it stands.
    if (GENERIC_STEMS.has(key)) continue;
    const had = weights.get(key);
    if (!had) {
      weights.set(key, new Map(bySkill));
      continue;
    }
    for (const [skill, w] of bySkill)
      had.set(skill, Math.round(((had.get(skill) ?? 0) + w) * 1000) / 1000);
  }
}

/** Smoothed PMI of each word or word pair with each skill, over the documents given. */
function fitWeights(training: Doc[]): { weights: Weights; skillCount: Map<number, number> } {
  const docCount = new Map<string, number>();
  const pairCount = new Map<string, Map<number, number>>();
  const skillCount = new Map<number, number>();
  for (const d of training) {
    for (const s of d.skills) skillCount.set(s, (skillCount.get(s) ?? 0) + 1);
    for (const key of new Set(features(d.text).map((f) => f.key))) {
      docCount.set(key, (docCount.get(key) ?? 0) + 1);
      const bySkill = pairCount.get(key) ?? new Map<number, number>();
      for (const s of d.skills) bySkill.set(s, (bySkill.get(s) ?? 0) + 1);
      pairCount.set(key, bySkill);
    }
  }
  const n = training.length;
  const weights: Weights = new Map();
  for (const [key, bySkill] of pairCount) {
    const cf = docCount.get(key)!;
    if (cf < MIN_FEATURE_COUNT) continue;
    // Smoothed PMI: log P(skill | word) / P(skill), pulled towards 0 when counts are small.
    const kept = [...bySkill]
      .filter(([, c]) => c >= MIN_PAIR_COUNT)
      .map(([s, c]): [number, number] => [
        s,
        Math.log((c + SMOOTHING) / ((cf * skillCount.get(s)!) / n + SMOOTHING)),
      ])
      .filter(([, w]) => w >= MIN_WEIGHT)
      // Ties go to the lower skill id, so the kept skills never depend on the order rows came in.
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, SKILLS_PER_FEATURE);
    if (kept.length === 0) continue;
    weights.set(key, new Map(kept.map(([s, w]) => [s, Math.round(w * 1000) / 1000])));
  }
  return { weights, skillCount };
}

/** The vocabulary's client phrasings, each a short document of its skill. */
async function phrasingDocuments(db: Db): Promise<Doc[]> {
  const ids = new Map(
    (await db.selectFrom('skills').select(['id', 'slug']).execute()).map((s) => [s.slug, s.id]),
  );
  return Object.entries(vocabularyFile().skills).flatMap(([slug, phrases]) => {
    const id = ids.get(slug);
    return id === undefined ? [] : phrases.map((text) => ({ text, skills: [id], heldOut: false }));
  });
}

async function readDocuments(db: Db): Promise<Doc[]> {
  const { rows } = await sql<{
    title: string;
    description: string | null;
    skill_ids: number[];
    external_id: string | null;
    position: number;
  }>`
    (select c.title, c.description, c.skill_ids, f.external_id, c.position
      from contracts c join freelancers f on f.id = c.freelancer_id
      order by c.id limit ${MAX_DOCUMENTS})
    union all
    (select title, description, skill_ids, null, position from portfolio_items
      order by id limit ${Math.round(MAX_DOCUMENTS / 4)})`.execute(db);
  return rows.map((r) => ({
    text: `${r.title}. ${r.description ?? ''}`,
    skills: r.skill_ids,
    heldOut: r.external_id !== null && isHeldOut(r.external_id, Number(r.position)),
  }));
}

/**
 * Whether a work-history item is in the held-out tenth: FNV-1a of "external id#position", so the
 * split depends only on what the item is, never on the ids a database happened to give it.
 */
export function isHeldOut(externalId: string, position: number): boolean {
  let h = 0x811c9dc5;
  for (const ch of `${externalId}#${position}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 10 === 0;
}

async function store(db: Db, weights: Weights, report: NeedModelReport): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // One model at a time: the new one replaces the old, whose rows go with it (cascade).
    await trx.deleteFrom('need_models').execute();
    const { id } = await trx
      .insertInto('need_models')
      .values({
        trained_at: new Date(report.trained_at),
        documents: report.documents,
        features: report.features,
        pairs: report.pairs,
        metrics: JSON.stringify(report),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = [...weights].flatMap(([feature, bySkill]) =>
      [...bySkill].map(([skill_id, weight]) => ({ model_id: id, feature, skill_id, weight })),
    );
    for (let i = 0; i < rows.length; i += 2000) {
      await trx
        .insertInto('need_model_weights')
        .values(rows.slice(i, i + 2000))
        .execute();
    }
  });
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function formatNeedModelReport(r: NeedModelReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `Need→skill model trained on ${r.documents.toLocaleString('en')} job and portfolio texts: ` +
      `${r.features.toLocaleString('en')} words and word pairs, ${r.pairs.toLocaleString('en')} word→skill weights.`,
    `Held out ${r.holdout.toLocaleString('en')} work-history items (one in ten); top-3 skill accuracy from their text alone:`,
    `  model                        ${pct(r.top3)}`,
    `  most frequent three skills   ${pct(r.baseline_top3)}`,
  ].join('\n');
}
