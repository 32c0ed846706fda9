import type { Region } from '../../../core/criteria.js';
import type { Clause } from './clauses.js';
import type { Draft } from './draft.js';
import { LEVELS, type Field, type Item, type ItemOf, type Mode } from './items.js';
import { applyBound, applyRelative } from './apply-numbers.js';
import { boundsOf } from './numbers.js';
import { clearField, placeChange, zoneChange } from './apply-place.js';

// One clause, applied to the draft. The clause's markers (negation on each thing, clearing,
// "must", "is fine") decide what each thing it names does.

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
}

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

export function applyClause(clause: Clause, ctx: ApplyContext): boolean {
  const modes = new Set<Mode>();
  let clear = false;
  let clearFieldsOnly = true;
  const kinds = new Set<Item['k']>();
  for (const r of clause.reads) {
    kinds.add(r.item.k);
    if (r.item.k === 'mode') modes.add(r.item.mode);
    if (r.item.k === 'clear') {
      clear = true;
      if (!r.item.fieldsOnly) clearFieldsOnly = false;
    }
  }
  const old = oldSideOfSwap(clause);
  const view: ClauseView = {
    clause,
    modes,
    clear,
    clearFieldsOnly,
    has: (k) => kinds.has(k),
    negated: (at) => clause.negated[at] || old.has(at),
    swappedOut: (at) => old.has(at),
  };
  let changed = false;
  for (const b of boundsOf(clause)) changed = applyBound(b, clause, ctx) || changed;
  const entityCount = clause.reads.filter((r) => ENTITY.has(r.item.k)).length;
  for (let i = 0; i < clause.reads.length; i++) {
    const item = clause.reads[i].item;
    const neg = clause.negated[i] || old.has(i);
    const drop = neg || (clear && !clearFieldsOnly);
    switch (item.k) {
      case 'rel':
        changed = applyRelative(item, neg, clause, ctx) || changed;
        break;
      case 'place':
        // "Spanish" is a language when speaking is in the clause, a nationality otherwise.
        if (item.ambiguousLang && meansLanguage(item.ambiguousLang, view, ctx)) {
          changed =
            applyLanguage(
              { k: 'lang', code: item.ambiguousLang, label: item.label },
              i,
              view,
              ctx,
            ) || changed;
          break;
        }
      // falls through
      case 'zone':
        changed =
          (item.k === 'place' ? placeChange(item, i, view, ctx) : zoneChange(item, i, view, ctx)) ||
          changed;
        break;
      case 'lang':
        changed = applyLanguage(item, i, view, ctx) || changed;
        break;
      case 'skill':
        changed = applySkill(item.name, drop, old.has(i) ? new Set() : modes, ctx) || changed;
        break;
      case 'person':
        changed = applyPerson(item, drop, view, ctx) || changed;
        break;
      case 'talent':
        changed = applyTalent(item.value, drop, clause, ctx) || changed;
        break;
      case 'badge':
        changed = applyBadge(item.badge, drop || modes.has('optional'), ctx) || changed;
        break;
      case 'exp':
        changed = applyExperience(item.level, drop || modes.has('optional'), ctx) || changed;
        break;
      case 'date': {
        const a = (ctx.draft.fields.availability ??= {});
        if (drop) delete a.start_by;
        else a.start_by = item.iso;
        ctx.understood.push(drop ? 'start date dropped' : `start by ${item.iso}`);
        changed = true;
        break;
      }
      case 'clear':
        if (item.field) changed = clearField(item.field, ctx) || changed;
        break;
      case 'field':
        // A field named with "drop", "doesn't matter", "no": the filter goes, unless the clause
        // also names a thing to drop ("drop the React requirement").
        if (
          (clear || neg || modes.has('optional') || negatedDirection(clause)) &&
          entityCount === 0 &&
          !boundsOf(clause).length
        )
          changed = clearField(item.field as Field, ctx) || changed;
        break;
      case 'tz':
        if ((clear || neg || modes.has('optional')) && entityCount === 0)
          changed = clearField('timezone', ctx) || changed;
        break;
    }
  }
  return changed;
}

// "no minimum rating", "no rate cap": a negated direction with no number drops the filter.
function negatedDirection(clause: Clause): boolean {
  return clause.reads.some((r, i) => r.item.k === 'dir' && clause.negated[i]);
}

// "Spanish" is a language with "speak", a level, or "required"; a nationality otherwise.
function meansLanguage(code: string, view: ClauseView, ctx: ApplyContext): boolean {
  if (view.has('speak') || view.has('level') || fieldNamed(view.clause, 'languages')) return true;
  if (ctx.draft.fields.languages?.some((l) => l.code === code)) return true;
  const required = view.modes.has('require') || view.modes.has('optional');
  return required && !fieldNamed(view.clause, 'place');
}

function fieldNamed(clause: Clause, field: Field): boolean {
  return clause.reads.some((r) => r.item.k === 'field' && r.item.field === field);
}

const ENTITY = new Set<Item['k']>([
  'place',
  'zone',
  'lang',
  'skill',
  'person',
  'talent',
  'badge',
  'exp',
  'date',
]);

// "Vue instead of React", "replace React with Vue", "Poland rather than Germany": the things on the
// old side go; the new ones come in as usual (a skill as a preference unless the clause requires it).
function oldSideOfSwap(clause: Clause): Set<number> {
  const reads = clause.reads;
  const swapAt = reads.findIndex((r) => r.item.k === 'swap');
  const old = new Set<number>();
  if (swapAt < 0) return old;
  const swap = reads[swapAt].item as ItemOf<'swap'>;
  const things = reads.map((r, i) => i).filter((i) => SWAPPABLE.has(reads[i].item.k));
  if (!things.some((i) => i < swapAt) && swap.newFirst) return old;
  if (swap.newFirst) {
    for (const i of things) if (i > swapAt) old.add(i);
    return old;
  }
  const boundary = reads.findIndex(
    (r, i) => i > swapAt && (r.item.k === 'swapWith' || r.item.k === 'range'),
  );
  if (boundary < 0 || !things.some((i) => i > boundary)) return old;
  for (const i of things) if (i > swapAt && i < boundary) old.add(i);
  return old;
}

const SWAPPABLE = new Set<Item['k']>(['skill', 'place', 'zone', 'lang', 'badge']);

function applySkill(name: string, drop: boolean, modes: Set<Mode>, ctx: ApplyContext): boolean {
  const d = ctx.draft;
  if (drop) {
    d.removeRequired.push(name);
    d.removePreferred.push(name);
    ctx.understood.push(`without ${name}`);
  } else if (modes.has('optional')) {
    d.removeRequired.push(name);
    d.addPreferred.push(name);
    ctx.understood.push(`${name} preferred, not required`);
  } else if (modes.has('require') || modes.has('only')) {
    d.addRequired.push(name);
    ctx.understood.push(`${name} required`);
  } else {
    d.addPreferred.push(name);
    ctx.understood.push(`${name} preferred`);
  }
  return true;
}

function applyLanguage(
  item: ItemOf<'lang'>,
  at: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  const drop =
    view.negated(at) || (view.clear && !view.clearFieldsOnly) || view.modes.has('optional');
  const list = (f.languages ??= []).filter((l) => l.code !== item.code);
  if (drop) {
    f.languages = list;
    ctx.understood.push(`no ${item.label} requirement`);
    return true;
  }
  const level = levelFor(view.clause, at);
  list.push({ code: item.code, ...(level ? { min_level: level.level } : {}) });
  f.languages = list;
  ctx.understood.push(`speaks ${item.label}${level ? ` (${level.level})` : ''}`);
  return true;
}

// The level said next to a language: "fluent German and conversational French".
function levelFor(clause: Clause, at: number): ItemOf<'level'> | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const item = clause.reads[k].item;
    if (item.k === 'level') return item;
    if (item.k === 'lang' || item.k === 'place') break;
  }
  for (let k = at + 1; k < clause.reads.length; k++) {
    const item = clause.reads[k].item;
    if (item.k === 'level') return item;
    if (item.k === 'lang' || item.k === 'place') break;
  }
  return undefined;
}

function applyPerson(
  item: ItemOf<'person'>,
  drop: boolean,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  if (view.has('like') && !drop) {
    ctx.draft.moreLike = item.id;
    ctx.understood.push(`more like ${item.name}`);
    return true;
  }
  if (drop) {
    ctx.draft.exclude.push(item.id);
    ctx.understood.push(`without ${item.name}`);
    return true;
  }
  ctx.notices.push(
    `Named ${item.name} without saying what to do: say "exclude ${item.name}" or "more like ${item.name}".`,
  );
  return false;
}

function applyTalent(
  value: 'agency' | 'independent',
  drop: boolean,
  clause: Clause,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  const both = new Set(clause.reads.flatMap((r) => (r.item.k === 'talent' ? [r.item.value] : [])));
  const permissive = clause.reads.some((r) => r.item.k === 'mode' && r.item.mode === 'permissive');
  let next: 'agency' | 'independent' | 'any';
  if (both.size === 2 && !drop) next = 'any';
  else if (drop) next = value === 'agency' ? 'independent' : 'agency';
  else if (permissive && f.talent_type && f.talent_type !== value) next = 'any';
  else next = value;
  if (f.talent_type === next && both.size === 2) return true;
  f.talent_type = next;
  ctx.understood.push(`talent type ${next}`);
  return true;
}

function applyBadge(badge: ItemOf<'badge'>['badge'], drop: boolean, ctx: ApplyContext): boolean {
  const f = ctx.draft.fields;
  const list = (f.badges ?? []).filter((b) => b !== badge);
  f.badges = drop ? list : [...list, badge];
  ctx.understood.push(`${drop ? 'no ' : ''}${badge.replace(/_/g, ' ')} badge`);
  return true;
}

function applyExperience(
  level: (typeof LEVELS)[number],
  drop: boolean,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  if (!drop) {
    f.experience_level = level;
  } else if (level === 'entry') {
    // "no juniors": at least intermediate.
    if (f.experience_level !== 'expert') f.experience_level = 'intermediate';
  } else if (level === 'expert') {
    // "doesn't need to be senior": the floor comes down.
    if (f.experience_level === 'expert') f.experience_level = 'intermediate';
    else return false;
  } else {
    if (f.experience_level === 'intermediate') delete f.experience_level;
    else return false;
  }
  ctx.understood.push(`experience ${f.experience_level ?? 'any'}`);
  return true;
}
