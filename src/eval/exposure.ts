import type { Db } from '../db/database.js';
import { RELEVANT } from './metrics.js';

// Fair exposure (DESIGN §5): the share of first-page slots that rising talent and members of
// under a year receive, beside their share among the candidates graded 2 or more. A ranking that
// only ever shows established names gives them less than their share of the relevant people.

export const FIRST_PAGE = 5;
const YEAR_MS = 365 * 86_400_000;

export interface Exposure {
  slots: number;
  risingSlots: number;
  newSlots: number;
  relevant: number;
  relevantRising: number;
  relevantNew: number;
}

export interface Standing {
  rising: boolean;
  isNew: boolean;
}

/** Rising talent and membership under a year, for every profile of the index. */
export async function loadStanding(db: Db, now: Date): Promise<Map<string, Standing>> {
  const rows = await db
    .selectFrom('freelancers')
    .select(['external_id', 'badges', 'member_since'])
    .execute();
  return new Map(
    rows.map((r) => [
      r.external_id,
      {
        rising: r.badges.includes('rising_talent'),
        isNew: now.getTime() - new Date(r.member_since).getTime() < YEAR_MS,
      },
    ]),
  );
}

export function exposureOf(
  page: string[],
  pool: { id: string; grade: number }[],
  standing: Map<string, Standing>,
): Exposure {
  const first = page.slice(0, FIRST_PAGE);
  const relevant = pool.filter((p) => p.grade >= RELEVANT);
  const count = (ids: string[], key: keyof Standing) =>
    ids.filter((id) => standing.get(id)?.[key]).length;
  return {
    slots: first.length,
    risingSlots: count(first, 'rising'),
    newSlots: count(first, 'isNew'),
    relevant: relevant.length,
    relevantRising: count(
      relevant.map((p) => p.id),
      'rising',
    ),
    relevantNew: count(
      relevant.map((p) => p.id),
      'isNew',
    ),
  };
}

/** Over all queries: slot shares beside shares among the relevant. */
export function summariseExposure(all: Exposure[]) {
  const sum = (key: keyof Exposure) => all.reduce((s, e) => s + e[key], 0);
  const share = (a: number, b: number) => (b ? a / b : 0);
  return {
    rising: {
      slots: share(sum('risingSlots'), sum('slots')),
      relevant: share(sum('relevantRising'), sum('relevant')),
    },
    newMembers: {
      slots: share(sum('newSlots'), sum('slots')),
      relevant: share(sum('relevantNew'), sum('relevant')),
    },
  };
}
