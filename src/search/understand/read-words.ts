import type { SearchPlan, SkillTerm } from '../../core/search-plan.js';
import type { SkillGraph } from '../../reference/skill-graph.js';
import type { Db } from '../../db/database.js';
import {
  features,
  loadWeights,
  scoreSkills,
  type Feature,
  type LearnedGuess,
  type Weights,
} from './need-model.js';
import { loadVocabulary } from './vocabulary.js';
import { addPairedReadings } from './pair-readings.js';
import { namedInPassing } from './named-in-passing.js';
import { isWhereSomeoneIs } from './places.js';
import { contentStems, isGeneric, words } from './words.js';

// What the client's own words ask for, from three sources read in order of trust: skill names of
// the taxonomy, then the vocabulary of phrasings, then the learned need→skill model for what is
// left. Each need is written out as `understood` with its source and confidence, and the words no
// source could use as `unused_words`, so the client can see why the list looks as it does.

export type NeedSource = 'taxonomy' | 'vocabulary' | 'learned' | 'semantic';

export interface UnderstoodNeed {
  phrase: string;
  skill: string;
  source: NeedSource;
  confidence: number;
}

export interface WordsRead {
  /** Skills named in the text that no longer phrasing overrides. */
  taxonomy: SkillTerm[];
  terms: SkillTerm[];
  understood: UnderstoodNeed[];
  /** Character spans that some source used. */
  used: [number, number][];
}

/** At most this many skills from the vocabulary, and from the learned model, per request. */
const MAX_VOCABULARY_SKILLS = 6;
const MAX_LEARNED_SKILLS = 2;
const NAMED_COMPANION_MIN = 0.8;
const SPECIFIC = 0.6;
const BROAD_MAX = 0.5;
/** Below this, a learned guess is noise: many words of a trade point weakly at all its skills. */
export const LEARNED_MIN_CONFIDENCE = 0.2;

/** Where the taxonomy's matches sit in the text, so later sources leave them alone. */
export function spansOf(text: string, terms: SkillTerm[]): [number, number][] {
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const t of terms) {
    const at = lower.indexOf(t.asWritten.toLowerCase());
    if (at >= 0) spans.push([at, at + t.asWritten.length]);
  }
  return spans;
}

/** Taxonomy names (already found) and vocabulary phrases: what interpret can read on its own. */
export function readVocabulary(
  text: string,
  found: SkillTerm[],
  graph: SkillGraph,
  named: Set<number>,
  useVocabulary = true,
  /** Spans of skills the client also named in fields (required or preferred). */
  alsoUsed: [number, number][] = [],
): WordsRead {
  // A longer phrasing wins over a skill name inside it: "book sales calls" is appointment
  // setting, not Sales; "Google Sheets" stays Google Sheets, as no phrasing is longer.
  const longer = useVocabulary ? loadVocabulary().match(text) : [];
  const taxonomy = found.filter((t) => {
    const [span] = spansOf(text, [t]);
    const words = contentStems(t.asWritten).length;
    return !(
      span && longer.some((m) => m.start <= span[0] && m.end >= span[1] && m.length > words)
    );
  });
  const used = [...spansOf(text, taxonomy), ...alsoUsed];
  const understood: UnderstoodNeed[] = taxonomy.map((t) => ({
    phrase: t.asWritten,
    skill: t.node.name,
    source: 'taxonomy',
    confidence: 1,
  }));
  const present = new Set([...named, ...taxonomy.map((t) => t.node.id)]);
  const bySkill = new Map<number, SkillTerm>();
  /** Skills some phrasing of their own reads, beyond a category's broad guess. */
  const specific = new Set<number>();
  for (const m of useVocabulary ? loadVocabulary().match(text, used) : []) {
    if (isWhereSomeoneIs(text, m)) continue;
    used.push([m.start, m.end]);
    for (const guess of m.skills) {
      const node = graph.resolve(guess.slug);
      if (!node || present.has(node.id)) continue;
      if (!guess.broad) specific.add(node.id);
      understood.push({
        phrase: m.phrase,
        skill: node.name,
        source: 'vocabulary',
        confidence: guess.confidence,
      });
      const had = bySkill.get(node.id);
      // Two phrases for one skill: each is separate evidence.
      if (had) had.confidence = 1 - (1 - had.confidence!) * (1 - guess.confidence);
      else
        bySkill.set(node.id, {
          asWritten: m.phrase,
          node,
          accepts: graph.withDescendants(node.id),
          source: 'vocabulary',
          confidence: guess.confidence,
        });
    }
  }
  let terms = [...bySkill.values()].sort((a, b) => b.confidence! - a.confidence!);
  // A specific reading makes the broad, category-level guesses noise, however many of them
  // agree ("my shop on Amazon … inventory" wants an Amazon seller, not any store builder).
  if (terms.some((t) => t.confidence! >= SPECIFIC))
    terms = terms.filter((t) => t.confidence! >= BROAD_MAX);
  if (terms.some((t) => t.confidence! >= SPECIFIC && specific.has(t.node.id)))
    terms = terms.filter((t) => specific.has(t.node.id));
  // Skills the client named lead; a phrasing beside them only adds what it is sure of in the
  // same field, at half weight ("an SEO expert to audit the site" wants no financial auditor, and
  // "a UX designer for a mobile app" no app developer).
  if (taxonomy.length || named.size) {
    const fields = new Set(
      [...taxonomy.map((t) => t.node.id), ...named].map((id) => graph.get(id)?.category),
    );
    terms = terms
      .filter((t) => t.confidence! >= NAMED_COMPANION_MIN && fields.has(t.node.category))
      .map((t) => ({ ...t, confidence: t.confidence! / 2 }));
  }
  terms = terms.slice(0, MAX_VOCABULARY_SKILLS);
  const kept = new Set(terms.map((t) => t.node.name));
  return {
    taxonomy,
    terms,
    understood: understood.filter((u) => u.source === 'taxonomy' || kept.has(u.skill)),
    used,
  };
}

/** The learned model's reading of the whole request: every skill it leans to, best first. */
export async function readLearned(
  db: Db,
  text: string,
): Promise<{ guesses: LearnedGuess[]; found: Feature[]; weights: Weights }> {
  const found = features(text);
  const weights = await loadWeights(
    db,
    found.map((f) => f.key),
  );
  return { guesses: scoreSkills(found, weights), found, weights };
}

/** How much the request's other words (outside `span`) point at a skill: their summed PMI. */
function contextScore(found: Feature[], weights: Weights, skillId: number, span: [number, number]) {
  let score = 0;
  const seen = new Set<string>();
  for (const f of found) {
    if (seen.has(f.key) || (f.start < span[1] && f.end > span[0])) continue;
    seen.add(f.key);
    score += weights.get(f.key)?.get(skillId) ?? 0;
  }
  return score;
}

// Past this share of the best skill's confidence, a reading is kept; below it, it is noise
// beside the best reading (a fair guess next to a sure one only blurs the list).
const KEEP_SHARE = 0.45;
/** A one-word phrasing that the learned model does not back counts this much of its weight. */
const UNBACKED_WORD = 0.45;
/**
 * The other words of the request back a reading when they make its skill at least e (2.7) times
 * likelier than it is across the index (their summed PMI): context, never the phrase itself.
 */
const BACKING_SCORE = 1;
/** What backing adds, as independent evidence. */
const BACKING = 0.35;
/**
 * A reading is outvoted when the learned model, over the whole request, is more likely than not
 * to mean skills it finds at least e² (7.4) times likelier than the reading's (summed PMI this
 * much higher). A model that is unsure of everything outvotes nothing ("digital collectibles"
 * stays NFT, though the model's weak best guess is PayPal).
 */
const OUTVOTED_MARGIN = 2;
const OUTVOTED_MASS = 0.5;
/** What an outvoted phrase of several words keeps of its weight. */
const OUTVOTED_PHRASE = 0.5;

/**
 * Fuses the learned model with what the taxonomy and vocabulary read. The model reads the whole
 * request, so it is context for the others: a one-word phrasing ("files", "post", "pay") keeps
 * its weight only when the model, from the other words, leans the same way, and any reading they
 * back gains; the model's own readings join where they are sure enough; readings far below the
 * best are dropped.
 */
export async function addLearnedSkills(db: Db, plan: SearchPlan, graph: SkillGraph): Promise<void> {
  const text = plan.criteria.query;
  const { guesses, found, weights } = await readLearned(db, text);
  const named = new Set([...plan.required, ...plan.preferred].map((t) => t.node.id));
  const understood = plan.interpreted.understood;
  const lower = text.toLowerCase();

  // A vocabulary reading that the rest of the request backs gains; a one-word reading that
  // nothing else backs ("files", "post", "pay") keeps less than half its weight. A reading the
  // model itself makes of the phrase, but that the whole request makes far less likely than what
  // the model is sure of, is outvoted: backing from a few other words no longer lifts it ("short"
  // in "our short film looks washed out … cinematic" is not short-form video), and a phrase of
  // several words keeps half its weight.
  const learnedScore = new Map(guesses.map((g) => [g.skillId, g.score]));
  const support = (skillId: number) => learnedScore.get(skillId) ?? 0;
  const adjust = (confidence: number, phrase: string, skillId: number) => {
    const at = lower.indexOf(phrase.toLowerCase());
    const span: [number, number] = at < 0 ? [0, 0] : [at, at + phrase.length];
    const context = contextScore(found, weights, skillId, span);
    const against = guesses
      .filter((g) => g.score - support(skillId) >= OUTVOTED_MARGIN)
      .reduce((sum, g) => sum + g.confidence, 0);
    // The model has an opinion of a reading only if it reads the phrase itself that way.
    const outvoted = support(skillId) - context > 0 && against >= OUTVOTED_MASS;
    const oneWord = contentStems(phrase).length === 1;
    if (!outvoted && context >= BACKING_SCORE) return round2(1 - (1 - confidence) * (1 - BACKING));
    if (oneWord) return round2(confidence * UNBACKED_WORD);
    return outvoted ? round2(confidence * OUTVOTED_PHRASE) : confidence;
  };
  const combined = (us: UnderstoodNeed[]) => 1 - us.reduce((p, u) => p * (1 - u.confidence), 1);
  for (const t of plan.querySkills) {
    if (t.source !== 'vocabulary') continue;
    const mine = understood.filter((u) => u.source === 'vocabulary' && u.skill === t.node.name);
    const before = combined(mine);
    for (const u of mine) u.confidence = adjust(u.confidence, u.phrase, t.node.id);
    // The term keeps any scaling the vocabulary gave it (half beside a named skill).
    if (before > 0) t.confidence = round2(((t.confidence ?? 1) * combined(mine)) / before);
  }

  // The model's own readings, for skills no other source gave, when the client named none (or only
  // in passing): a named skill says what the request is about better than a guess from the rest.
  const present = new Set([...named, ...plan.querySkills.map((t) => t.node.id)]);
  const passing = namedInPassing(plan, guesses, named);
  const namesSkills = named.size > 0 || plan.querySkills.some((t) => t.source === 'taxonomy');
  const learnedSpans: [number, number][] = [];
  let added = 0;
  for (const g of passing ? [passing] : guesses) {
    if ((namesSkills && !passing) || added >= MAX_LEARNED_SKILLS) break;
    if (g.confidence < LEARNED_MIN_CONFIDENCE) break;
    const node = graph.get(g.skillId);
    if (!node || present.has(node.id)) continue;
    const because = g.because.slice(0, 2).sort((a, b) => a.start - b.start);
    const phrase = because.map((f) => text.slice(f.start, f.end)).join(' … ');
    for (const f of because) learnedSpans.push([f.start, f.end]);
    understood.push({ phrase, skill: node.name, source: 'learned', confidence: g.confidence });
    plan.querySkills.push({
      asWritten: phrase,
      node,
      accepts: graph.withDescendants(node.id),
      source: 'learned',
      confidence: g.confidence,
    });
    added++;
  }

  // Two readings of different words that the graph joins in a narrower skill name it.
  addPairedReadings(plan, graph, support, named);

  // Keep what stands beside the best reading; a skill the client named is never dropped.
  const best = Math.max(0, ...plan.querySkills.map((t) => t.confidence ?? 1));
  const kept = plan.querySkills.filter(
    (t) => t.source === 'taxonomy' || (t.confidence ?? 1) >= best * KEEP_SHARE,
  );
  const keptNames = new Set(kept.map((t) => t.node.name));
  plan.querySkills = kept;
  plan.interpreted.understood = understood.filter(
    (u) => u.source === 'taxonomy' || keptNames.has(u.skill),
  );
  plan.interpreted.skills_in_query = kept.map((t) => t.node.name);
  plan.interpreted.unused_words = unusedWords(text, [...plan.usedSpans, ...learnedSpans]);
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The meaningful words outside every span a source used. */
export function unusedWords(text: string, used: [number, number][]): string[] {
  const unused = words(text)
    .filter((w) => !w.stop && !isGeneric(w.text))
    .filter((w) => !used.some(([a, b]) => w.start < b && w.end > a))
    .map((w) => w.text);
  return [...new Set(unused)];
}

/** The request without its small and generic words: what full-text recall searches for. */
export function meaningfulText(text: string): string {
  return words(text)
    .filter((w) => !w.stop && !isGeneric(w.text))
    .map((w) => w.text)
    .join(' ');
}
