import { FILTER_NAMES, HARD_FILTERS } from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';
import type { Db } from '../../db/database.js';
import { countMatches } from '../retrieve/retrieve.js';

// When few profiles pass, say which constraint to relax and how many it would add, measured by
// running the same count with that one constraint loosened, never guessed. Each filter says how
// it loosens (core/hard-filters.ts).

export const FEW_MATCHES = 5;

export async function relaxationNotices(
  db: Db,
  plan: SearchPlan,
  total: number,
): Promise<string[]> {
  const probes = FILTER_NAMES.flatMap((name) =>
    HARD_FILTERS[name].relax(plan).map((r) => ({ name, ...r })),
  );
  const counts = await Promise.all(
    probes.map((p) =>
      p.loosened ? countMatches(db, p.loosened) : countMatches(db, plan, new Set([p.name])),
    ),
  );
  return probes
    .map((p, i) => ({ p, gain: counts[i] - total, total: counts[i] }))
    .filter((x) => x.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3)
    .map((x) => x.p.says(x.gain, x.total));
}
