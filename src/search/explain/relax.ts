import { FILTER_NAMES, HARD_FILTERS, type FilterName } from '../../core/hard-filters.js';
import type { Relaxation } from '../../core/hard-filter-record.js';
import type { SearchPlan } from '../../core/search-plan.js';
import type { Db } from '../../db/database.js';
import { countMatches } from '../retrieve/retrieve.js';

// When few profiles pass, say which constraint to relax and how many it would add, measured by
// running the same count with that one constraint loosened, never guessed. Each filter says how
// it loosens (core/hard-filters.ts).

export const FEW_MATCHES = 5;

export interface RelaxationProbe extends Relaxation {
  name: FilterName;
}

export async function relaxationNotices(
  db: Db,
  plan: SearchPlan,
  total: number,
): Promise<string[]> {
  const probes = relaxationProbes(plan);
  const counts = await Promise.all(
    probes.map((p) =>
      p.loosened ? countMatches(db, p.loosened) : countMatches(db, plan, new Set([p.name])),
    ),
  );
  return bestRelaxations(probes, counts, total);
}

/** Each filter's looser versions: a looser plan, or (without one) the filter left out. */
export function relaxationProbes(plan: SearchPlan): RelaxationProbe[] {
  return FILTER_NAMES.flatMap((name) =>
    HARD_FILTERS[name].relax(plan).map((r) => ({ name, ...r })),
  );
}

/** The three probes that would add most, said with what they add; none that add nobody. */
export function bestRelaxations(
  probes: RelaxationProbe[],
  counts: number[],
  total: number,
): string[] {
  return probes
    .map((p, i) => ({ p, gain: counts[i] - total, total: counts[i] }))
    .filter((x) => x.gain > 0)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3)
    .map((x) => x.p.says(x.gain, x.total));
}
