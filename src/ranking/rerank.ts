import type { Scored } from './score.js';
import { FEATURE_WEIGHTS, RELEVANCE_FEATURES, RERANK } from './weights.js';

// After scoring: a greedy pass for diversity (the same country or the same title again costs a
// little), then the exposure rules (DESIGN §5). If the page has no rising talent, the best one
// whose score is within RERANK.risingTalentWithin of the last slot's is lifted onto it. Then, if
// the first screen shows no new talent (rising talent, or a member for under a year), the best
// newcomer who fits the request at least as well as the least relevant person on the screen, and
// whose score is within RERANK.newTalentWithin of its last slot's, is lifted onto it. A short track
// record is what holds newcomers back, so relevance, not the score, guards the client: nobody
// less relevant than the screen already shows is lifted. Never above
// RERANK.risingTalentBestPosition.

export interface Ranked extends Scored {
  /** True when the exposure rule lifted this candidate. */
  lifted: boolean;
  /** True when the diversity pass put this candidate above someone with a higher shown score. */
  movedUp: boolean;
}

/** The score as the list shows it (out of 100, one decimal). */
export const shownScore = (score: number) => Math.round(score * 1000) / 10;

export function rerank(scored: Scored[], pageSize: number, now?: Date): Ranked[] {
  const pool = [...scored].sort((a, b) => b.score - a.score || a.row.id - b.row.id);
  const window = Math.min(pool.length, Math.max(pageSize * 4, 20));
  const head = pool.slice(0, window);
  const ranked: Ranked[] = [];
  const countries = new Map<string, number>();
  const titles = new Map<string, number>();
  while (head.length) {
    let best = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < head.length; i++) {
      const c = head[i];
      const value =
        c.score -
        RERANK.sameCountryPenalty * (countries.get(c.row.country) ?? 0) -
        RERANK.sameTitlePenalty * (titles.get(c.row.title.toLowerCase()) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [pick] = head.splice(best, 1);
    countries.set(pick.row.country, (countries.get(pick.row.country) ?? 0) + 1);
    titles.set(pick.row.title.toLowerCase(), (titles.get(pick.row.title.toLowerCase()) ?? 0) + 1);
    ranked.push({ ...pick, lifted: false, movedUp: false });
  }
  for (const rest of pool.slice(window)) ranked.push({ ...rest, lifted: false, movedUp: false });
  return markMovedUp(liftNewTalent(ranked, pageSize, now));
}

const YEAR_MS = 365 * 86_400_000;
const isRising = (c: Scored) => c.row.badges.includes('rising_talent');
const isNewTalent = (c: Scored, now?: Date) =>
  isRising(c) || (now !== undefined && now.getTime() - Date.parse(c.row.member_since) < YEAR_MS);

/** How well a candidate fits the request: the weighted mean of its relevance features. */
export function relevanceOf(c: Scored): number {
  let sum = 0;
  let weight = 0;
  for (const name of RELEVANCE_FEATURES) {
    const value = c.features[name];
    if (value === undefined) continue;
    sum += FEATURE_WEIGHTS[name] * value;
    weight += FEATURE_WEIGHTS[name];
  }
  return weight ? sum / weight : 0;
}

/**
 * Lifts the best eligible candidate from below `page` onto it when none is there: within
 * `within` of the last slot's score and, when `relevant` is set, fitting at least as well as the
 * least relevant one shown; at its natural place, never above RERANK.risingTalentBestPosition.
 */
function lift(
  ranked: Ranked[],
  page: number,
  eligible: (c: Scored) => boolean,
  within: number,
  relevant: boolean,
): Ranked[] {
  if (page < 2 || ranked.slice(0, page).some(eligible)) return ranked;
  const floor = ranked[page - 1].score * within;
  const fit = relevant ? Math.min(...ranked.slice(0, page).map(relevanceOf)) : -Infinity;
  const index = ranked.findIndex(
    (c, i) => i >= page && eligible(c) && c.score >= floor && relevanceOf(c) >= fit,
  );
  if (index < 0) return ranked;
  const [candidate] = ranked.splice(index, 1);
  let natural = ranked.slice(0, page - 1).findIndex((c) => c.score < candidate.score);
  if (natural < 0) natural = page - 1;
  const at = Math.min(Math.max(natural, RERANK.risingTalentBestPosition - 1), page - 1);
  ranked.splice(at, 0, { ...candidate, lifted: true });
  return ranked;
}

// Two bounded lifts: a rising talent onto the page the client asked for (within
// RERANK.risingTalentWithin of its last slot), then, if the first screen still shows no new talent,
// a newcomer who fits as well as the screen does (within RERANK.newTalentWithin).
function liftNewTalent(ranked: Ranked[], pageSize: number, now?: Date): Ranked[] {
  const page = Math.min(pageSize, ranked.length);
  const lifted = lift(ranked, page, isRising, RERANK.risingTalentWithin, false);
  const screen = Math.min(page, RERANK.exposurePage);
  return lift(lifted, screen, (c) => isNewTalent(c, now), RERANK.newTalentWithin, true);
}

// Whoever sits above a higher shown score says why: the lifted one is the rising-talent slot, any
// other was moved up for variety (the higher one below shares a country or title with those above).
function markMovedUp(ranked: Ranked[]): Ranked[] {
  let best = -Infinity;
  for (let i = ranked.length - 1; i >= 0; i--) {
    const c = ranked[i];
    const shown = shownScore(c.score);
    if (!c.lifted && shown < best) ranked[i] = { ...c, movedUp: true };
    best = Math.max(best, shown);
  }
  return ranked;
}
