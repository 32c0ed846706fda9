import type { Region } from '../../../core/criteria.js';
import type { Clause } from './clauses.js';
import type { Draft } from './draft.js';
import type { Item, Mode } from './items.js';

// What applying a clause reads and writes, shared by the appliers of each kind of thing (numbers,
// places, skills and the rest), so none of them imports the clause loop that calls it.

export interface ApplyContext {
  draft: Draft;
  today: Date;
  /** Hourly rates of the people on the current list, for "cheaper" when no cap is set. */
  listRates: number[];
  countryZones: Map<string, string[]>;
  regionOf: Map<string, Region>;
  understood: string[];
  notices: string[];
  /** Said in the same refinement: an explicit cap wins over "cheaper". */
  explicitRate: boolean;
  /** The person named last, for "them", "that one" and "more like that". */
  lastPerson?: { k: 'person'; id: string; name: string };
  /** Fields already moved by a relative change in this refinement. */
  relativeDone: Set<string>;
  /** Praise or irony: beside a complaint of "more", "oh great, more agencies" is sarcasm. */
  tone: Tone;
}

/** How a refinement is said (complaints.ts). */
export type Tone = 'plain' | 'praise' | 'irony';

export interface ClauseView {
  clause: Clause;
  modes: Set<Mode>;
  clear: boolean;
  clearFieldsOnly: boolean;
  has: (k: Item['k']) => boolean;
  /** Negated, or on the old side of a swap. */
  negated: (at: number) => boolean;
  swappedOut: (at: number) => boolean;
}
