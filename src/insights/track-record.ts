import type { Contract, Freelancer } from '../db/schema.js';

// A freelancer's track record from their own contracts, as of a given day. Every figure carries
// the number of contracts it rests on; below MIN_HISTORY that number is too small to mean
// anything, so the figure is withheld (null) with "not enough history" instead of a noisy rate.

export const MIN_HISTORY = 3;
const TREND_STEP = 0.1;
const DAY_MS = 86_400_000;

export interface Figure {
  value: number | null;
  count: number;
  note: string | null;
}

export interface TrackRecord {
  as_of: string;
  min_count: number;
  on_time_rate: Figure;
  rehire_rate: Figure;
  rating_trend: {
    last_12_months: Figure;
    lifetime: Figure;
    direction: 'up' | 'down' | 'steady' | null;
  };
  searched_skills: {
    skills: string[];
    contracts: number;
    earnings_usd: number;
    note: string | null;
  } | null;
  median_contract_days: Figure;
  response_time_hours: { value: number | null; note: string | null };
}

export interface SearchedSkills {
  names: string[];
  /** The searched skills and every narrower skill (each counts as work in the skill). */
  ids: Set<number>;
}

type ContractOutcome = Pick<
  Contract,
  'start_date' | 'end_date' | 'skill_ids' | 'amount_usd' | 'rating' | 'on_time' | 'rehired'
>;

export function trackRecord(
  freelancer: Pick<Freelancer, 'response_time_hours'>,
  contracts: ContractOutcome[],
  asOf: Date,
  searched?: SearchedSkills,
): TrackRecord {
  const today = asOf.toISOString().slice(0, 10);
  const started = contracts.filter((c) => c.start_date <= today);
  const finished = started.filter((c) => c.end_date !== null && c.end_date <= today);
  const yearAgo = new Date(asOf.getTime() - 365 * DAY_MS).toISOString().slice(0, 10);
  const rated = finished.filter((c) => c.rating !== null);
  const recent = rated.filter((c) => c.end_date! > yearAgo);
  const lifetime = mean(
    rated.map((c) => c.rating!),
    2,
  );
  const last12 = mean(
    recent.map((c) => c.rating!),
    2,
  );
  const direction =
    last12.value === null || lifetime.value === null
      ? null
      : last12.value - lifetime.value >= TREND_STEP
        ? 'up'
        : lifetime.value - last12.value >= TREND_STEP
          ? 'down'
          : 'steady';
  const lengths = finished.map(
    (c) => (Date.parse(c.end_date!) - Date.parse(c.start_date)) / DAY_MS,
  );

  return {
    as_of: today,
    min_count: MIN_HISTORY,
    on_time_rate: share(finished.map((c) => c.on_time)),
    rehire_rate: share(finished.map((c) => c.rehired)),
    rating_trend: { last_12_months: last12, lifetime, direction },
    searched_skills: searched ? skillWork(started, searched) : null,
    median_contract_days: median(lengths),
    response_time_hours: {
      value: freelancer.response_time_hours,
      note:
        freelancer.response_time_hours === null
          ? 'not stated on the profile'
          : 'average stated on the profile',
    },
  };
}

function figure(value: number | null, count: number): Figure {
  if (count < MIN_HISTORY) {
    return { value: null, count, note: `not enough history (${count} of ${MIN_HISTORY} needed)` };
  }
  return { value, count, note: null };
}

function share(values: (boolean | null)[]): Figure {
  const known = values.filter((v): v is boolean => v !== null);
  return figure(round(known.filter(Boolean).length / Math.max(1, known.length), 3), known.length);
}

function mean(values: number[], digits: number): Figure {
  return figure(
    round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length), digits),
    values.length,
  );
}

function median(values: number[]): Figure {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return figure(sorted.length ? round(value, 1) : null, sorted.length);
}

function skillWork(
  started: ContractOutcome[],
  searched: SearchedSkills,
): TrackRecord['searched_skills'] {
  const matching = started.filter((c) => c.skill_ids.some((id) => searched.ids.has(id)));
  return {
    skills: searched.names,
    contracts: matching.length,
    earnings_usd: Math.round(matching.reduce((s, c) => s + (c.amount_usd ?? 0), 0)),
    note:
      searched.names.length === 0
        ? 'the search named no skills'
        : matching.length < MIN_HISTORY
          ? `not enough history (${matching.length} of ${MIN_HISTORY} needed)`
          : null,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
