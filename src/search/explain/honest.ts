import type { SearchPlan } from '../../core/search-plan.js';
import type { SkillGraph } from '../../reference/skill-graph.js';

// What a search says when few or no profiles match: the constraints when there are some, and
// otherwise what was understood and what to try, never "no profile matches every constraint"
// for a request that set none.

/** The notices for a short or empty answer with no constraint to relax. */
export function unconstrainedNotices(plan: SearchPlan, graph: SkillGraph, total: number): string[] {
  const understood = [...new Set(plan.interpreted.understood.map((u) => u.skill))];
  const unused = plan.interpreted.unused_words;
  const notices: string[] = [];
  if (total > 0) {
    notices.push(`Only ${total} profile${total === 1 ? '' : 's'} match these words.`);
    return notices;
  }
  notices.push(
    understood.length
      ? `No profile in the index shows ${understood.slice(0, 4).join(', ')} or uses these words.`
      : `No need could be read from "${plan.criteria.query}", and no profile uses these words.`,
  );
  const closest = closestSkills(unused, graph);
  if (closest.length)
    notices.push(`Closest skills we know: ${closest.join(', ')}. Name one to search for it.`);
  else
    notices.push(
      'Describe the work in a few words ("an online store for my candles") or name a skill.',
    );
  return notices;
}

/** Skills whose names are closest to the words nothing used (typos, near names). */
export function closestSkills(words: string[], graph: SkillGraph, limit = 3): string[] {
  const found = new Set<string>();
  for (const w of words) {
    if (w.length < 3) continue;
    for (const name of graph.suggest(w, 2)) found.add(name);
  }
  return [...found].slice(0, limit);
}
