import type { Badge, LanguageLevel } from '../../../reference/profile-terms.js';
import type { Region } from '../../../reference/fixtures.js';
import type { Currency } from './tokens.js';

// What the recogniser turns tokens into: markers (polarity, direction, mode) and things (a
// number with its unit, a place, a skill, a person). Clauses are resolved over these items.

export type Field =
  | 'rate'
  | 'rating'
  | 'job_success'
  | 'jobs'
  | 'hours'
  | 'start'
  | 'place'
  | 'timezone'
  | 'languages'
  | 'experience'
  | 'talent'
  | 'badges'
  | 'required_skills'
  | 'preferred_skills'
  | 'skills'
  | 'excluded'
  | 'budget'
  | 'duration'
  | 'all';

export type Period = 'day' | 'week' | 'month';

/** What a number bounds. */
export type Measure =
  | 'rate'
  | 'rating'
  | 'job_success'
  | 'jobs'
  | 'hours_week'
  | 'overlap'
  | 'years'
  | 'budget'
  | 'duration'
  | 'amount';

export type RelField =
  'rate' | 'experience' | 'rating' | 'job_success' | 'hours' | 'jobs' | 'budget';

export type Unit =
  | 'money'
  | 'stars'
  | 'percent'
  | 'jobs'
  | 'hours'
  | 'hours_week'
  | 'years'
  | 'days'
  | 'weeks'
  | 'months';

export type Mode =
  'require' | 'prefer' | 'wish' | 'optional' | 'permissive' | 'add' | 'only' | 'keep';

export type Item =
  /** `verb`: a verb of leaving out ("exclude", "rule out"); negated itself, it allows. */
  | { k: 'neg'; verb?: boolean }
  /** Drop a filter or a thing; `fieldsOnly` for "any", which clears "any rate" but not "any React dev". */
  | { k: 'clear'; field?: Field; fieldsOnly?: boolean; last?: boolean }
  | { k: 'mode'; mode: Mode }
  | { k: 'dir'; dir: 'max' | 'min' | 'about' }
  | { k: 'between' }
  | { k: 'range' }
  /** A relative change of one filter ("cheaper", "more senior"); `factor` for "double", "half".
   * `complaint`: said of the value as it stands ("that's too expensive"), so a number beside it is
   * the old value, never a new bound. */
  | { k: 'rel'; field: RelField; up: boolean; factor?: number; complaint?: boolean }
  /** A comparative that names no filter itself ("higher", "double", "less"): the clause's field does.
   * `strict` says the way as strictness ("loosen", "stricter"): up for a floor, down for a cap. */
  | {
      k: 'comp';
      up: boolean;
      factor?: number;
      strict?: boolean;
      complaint?: boolean;
      /** "So many", "a pile of": more of a thing, a complaint beside sarcasm. */
      excess?: boolean;
    }
  /** How much: "a bit" is half the usual step, "a lot" twice it. */
  | { k: 'degree'; scale: number }
  /** "Unless", "as long as": what follows is a condition on some people, never a filter. */
  | { k: 'condition' }
  /** "We're in", "our team is in": the place after it is the client's own. */
  | { k: 'ours' }
  /** "Undo that", "go back to before": the earlier search, which the search_id chain keeps. */
  | { k: 'undo' }
  /** "The rest", "the others"; `except`: "drop everything except", the things after it stay.
   * `verb`: the words drop the rest themselves ("drop everything except", "nothing else"). */
  | { k: 'rest'; except?: boolean; verb?: boolean }
  /** "Sorry, I meant": the thing after it replaces the like thing before it. */
  | { k: 'correct' }
  | { k: 'swap'; newFirst: boolean }
  | { k: 'swapWith' }
  | { k: 'like' }
  | {
      k: 'num';
      value: number;
      unit?: Unit;
      plus?: boolean;
      /** "40ish": about that much. */
      approx?: boolean;
      money?: boolean;
      currency?: Currency;
      /** Money said per day, week or month ("$600 a day", "a monthly budget of €3,000"). */
      per?: Period;
    }
  | { k: 'field'; field: Field; per?: Period }
  /** "Full-time" (30+ hours a week, as the marketplaces count it) or "part-time". */
  | { k: 'worktime'; full: boolean }
  | { k: 'place'; countries: string[]; region?: Region; label: string; ambiguousLang?: string }
  /** `plain`: a city's name that is no everyday word, read in any case ("nyc", "bangalore"). */
  | {
      k: 'zone';
      timezone?: string;
      offset?: number;
      label: string;
      countries?: string[];
      plain?: boolean;
    }
  | { k: 'lang'; code: string; label: string }
  | { k: 'level'; level: LanguageLevel }
  | { k: 'speak' }
  /** `workday`: a working day on that clock ("London hours", "business hours"), an overlap. */
  | { k: 'tz'; workday?: boolean }
  | { k: 'overlap' }
  /** `side`: "3 hours ahead of London" bounds one side of the band only. */
  | { k: 'within'; side?: 'ahead' | 'behind' }
  | { k: 'skill'; name: string }
  | { k: 'person'; id: string; name: string }
  /** "Them", "that one": the person named last in the refinement. */
  | { k: 'pronoun' }
  | { k: 'talent'; value: 'agency' | 'independent' }
  | { k: 'badge'; badge: Badge }
  | { k: 'exp'; level: 'entry' | 'intermediate' | 'expert' }
  | { k: 'date'; iso: string; label: string }
  | { k: 'sep'; strong: boolean; word?: string }
  | { k: 'conj' }
  | { k: 'filler' }
  | { k: 'word'; text: string };

export const LEVELS = ['entry', 'intermediate', 'expert'] as const;

export type ItemOf<K extends Item['k']> = Extract<Item, { k: K }>;

/** The kinds of item a clause is about (a place, a person, a skill, ...), as opposed to its numbers,
 * directions and verbs. Each reader that needs more kinds names its own additions. */
export const ENTITY_KINDS: ReadonlySet<Item['k']> = new Set<Item['k']>([
  'worktime',
  'place',
  'zone',
  'lang',
  'skill',
  'person',
  'pronoun',
  'talent',
  'badge',
  'exp',
  'date',
]);

/** An item and the words it was read from, for notices. */
export interface Read {
  item: Item;
  text: string;
}
