import type { Scored } from './score.js';
import { RERANK } from './weights.js';

// After scoring: a greedy pass for diversity (the same country or the same title again costs a
// little), then the exposure rule: if the first page has no rising talent, the best one whose
// score is within RERANK.risingTalentWithin of the page's last slot is lifted onto the page, but
// never above position RERANK.risingTalentBestPosition. Bounded both ways, so a new freelancer gets
// a real chance without pushing a clearly better match off the page's top.

export interface Ranked extends Scored {
  /** True when the exposure rule lifted this candidate. */
  lifted: boolean;
  /** True when the diversity pass put this candidate above someone with a higher shown score. */
  movedUp: boolean;
}

/** The score as the list shows it (out of 100, one decimal). */
export const shownScore = (score: number) => Math.round(score * 1000) / 10;

export function rerank(scored: Scored[], pageSize: number): Ranked[] {
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
  return markMovedUp(liftRisingTalent(ranked, pageSize));
}

const isRising = (c: Scored) => c.row.badges.includes('rising_talent');

function liftRisingTalent(ranked: Ranked[], pageSize: number): Ranked[] {
  const page = Math.min(pageSize, ranked.length);
  if (page < 2 || ranked.slice(0, page).some(isRising)) return ranked;
  const floor = ranked[page - 1].score * RERANK.risingTalentWithin;
  const index = ranked.findIndex((c, i) => i >= page && isRising(c) && c.score >= floor);
  if (index < 0) return ranked;
  const [candidate] = ranked.splice(index, 1);
  let natural = ranked.slice(0, page - 1).findIndex((c) => c.score < candidate.score);
  if (natural < 0) natural = page - 1;
  const at = Math.min(Math.max(natural, RERANK.risingTalentBestPosition - 1), page - 1);
  ranked.splice(at, 0, { ...candidate, lifted: true });
  return ranked;
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
