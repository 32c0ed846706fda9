import type { ApplyContext, ClauseView } from './apply-context.js';
import type { Clause } from './clauses.js';
import { ENTITY_KINDS, LEVELS, type Field, type Item, type ItemOf, type Mode } from './items.js';
import { applyAllowedBound, applyBound, clearRateSide, complaintBound } from './apply-numbers.js';
import {
  applyRelative,
  clearWithDegree,
  isComplaint,
  loosens,
  relativeOf,
} from './apply-relative.js';
import { boundsOf } from './numbers.js';
import { excessComplaint, goingBack, saysBack, takenOff } from './complaints.js';
import { referredTo } from './refer-back.js';
import { oldSideOfSwap, swappedBounds } from './swaps.js';
import { replacementByNegation } from './replace-by-negation.js';
import { nearNegator } from './typos.js';
import { clearField, placeChange, zoneChange } from './apply-place.js';
import { overlapHours } from './zone-bands.js';
import { eitherFilter } from './alternatives.js';
import { fieldNamed, meansLanguage } from './nationality-words.js';
import { applyLevelOnly } from './language-levels.js';
import {
  applyBadge,
  applyExperience,
  applyLanguage,
  applyPerson,
  applyPronoun,
  applySkill,
  refuseWish,
  applyTalent,
  applyWorktime,
} from './apply-traits.js';

// One clause, applied to the draft. The clause's markers (negation on each thing, clearing,
// "must", "is fine") decide what each thing it names does.

export function applyClause(said: Clause, ctx: ApplyContext): boolean {
  const replaced = replacementByNegation(said, ctx.draft.before);
  const clause = replaced?.clause ?? excessComplaint(said, ctx.tone) ?? takenOff(said) ?? said;
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
  // "Bring back agencies", "put India back": what comes back is allowed again, never narrowed to.
  if (kinds.has('undo') || saysBack(clause)) modes.add('permissive');
  // "Add Docker to the must-haves": naming the list says how the skills are wanted.
  if (!clear && fieldNamed(clause, 'required_skills') && !kinds.has('neg')) modes.add('require');
  // "Move Node to the nice-to-haves": preferred, and no longer required.
  else if (!clear && fieldNamed(clause, 'preferred_skills') && !kinds.has('neg'))
    // "Germany preferred" with no skill named is the verb "prefer", which filters a place.
    modes.add(kinds.has('skill') ? 'optional' : 'prefer');
  // "Bring back the people I removed": the exclusions the criteria hold go.
  const back = kinds.has('undo') || saysBack(clause);
  if (back && fieldNamed(clause, 'excluded')) return clearField('excluded', ctx);
  if (goingBack(clause, kinds, ctx)) return false;
  if (kinds.has('condition')) {
    const said = clause.reads.map((r) => r.text).join(' ');
    ctx.notices.push(
      `"${said}" is a condition on some people, which no filter can hold, so it was left out; the rest applies to everyone.`,
    );
    return false;
  }
  if (eitherFilter(clause, ctx)) return false;
  const side = clearRateSide(clause, ctx);
  if (side !== undefined) return side;
  const eased = clear && clearWithDegree(clause);
  if (eased) return applyRelative(eased, false, clause, ctx);
  const old = oldSideOfSwap(clause);
  if (replaced) old.add(replaced.old);
  // "Agencies are fine", "German speakers welcome": allowed, which never narrows to them.
  const allowing = modes.has('permissive') && !modes.has('require') && !modes.has('only');
  // "Ideally in Europe", "German would be a plus": a wish, and these are filters only.
  const wished = modes.has('wish') && !modes.has('require') && !modes.has('only');
  const view: ClauseView = {
    clause,
    modes,
    clear,
    clearFieldsOnly,
    has: (k) => kinds.has(k),
    negated: (at) => clause.negated[at] || old.has(at),
    swappedOut: (at) => old.has(at),
  };
  // "TypeScript would be a plus" of a required skill: no longer required, still preferred. With
  // several skills ("React and ideally TypeScript") the wish may be about one of them only.
  const skills = clause.reads.filter((r) => r.item.k === 'skill').length;
  const demote = (name: string) =>
    wished &&
    skills === 1 &&
    !!ctx.draft.before.required_skills?.some((s) => s.toLowerCase() === name.toLowerCase());
  let changed = false;
  // "$40 is too low": the number is the value complained of, not a new bound.
  if (isComplaint(clause)) {
    const flipped = complaintBound(clause, boundsOf(clause), ctx);
    if (flipped !== undefined) return flipped;
  }
  const bounds = isComplaint(clause) ? [] : boundsOf(clause);
  const bound = allowing ? applyAllowedBound : applyBound;
  // "No more than $60, but ideally $45": a wish never narrows the rate said plainly.
  const wishedRate = (b: (typeof bounds)[number]) =>
    wished && ctx.explicitRate && b.measure === 'rate';
  if (bounds.some(wishedRate))
    ctx.notices.push('A rate said as a wish ("ideally") does not filter.');
  for (const b of swappedBounds(
    bounds.filter((b) => !wishedRate(b)),
    old,
    ctx,
  ))
    changed = bound(b, clause, ctx) || changed;
  const entityCount = clause.reads.filter((r) => ENTITY_KINDS.has(r.item.k)).length;
  for (let i = 0; i < clause.reads.length; i++) {
    const item = clause.reads[i].item;
    const neg = clause.negated[i] || old.has(i);
    const drop = neg || (clear && !clearFieldsOnly);
    if (!drop && NARROWING.has(item.k) && unreadBefore(clause, i, ctx)) continue;
    if (!drop && NARROWING.has(item.k) && wished) {
      const lang = item.k === 'place' && !!item.ambiguousLang;
      refuseWish(
        item,
        clause.reads[i].text,
        lang && meansLanguage(item.ambiguousLang!, i, view, ctx),
        ctx,
      );
      continue;
    }
    switch (item.k) {
      case 'rel':
        // "Cheaper is fine", "seniors welcome": allowed already, so nothing narrows; "pricier is
        // fine" lets more people in, so the cap goes up.
        if (allowing && !neg && !loosens(item)) ctx.understood.push(`${item.field} as it is`);
        else changed = applyRelative(item, neg || modes.has('optional'), clause, ctx) || changed;
        break;
      case 'comp': {
        // One change per clause: "bump the rate up" is one raise, "cut the hours in half" one halving.
        if (i !== governingComp(clause) || kinds.has('rel')) break;
        const rel = clear ? undefined : (relativeOf(item, clause) ?? referredTo(item, clause, ctx));
        if (rel) changed = applyRelative(rel, neg || modes.has('optional'), clause, ctx) || changed;
        break;
      }
      case 'place':
        // "Spanish" is a language when speaking is in the clause, a nationality otherwise.
        if (item.ambiguousLang && meansLanguage(item.ambiguousLang, i, view, ctx)) {
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
        changed =
          applySkill(
            item.name,
            drop,
            old.has(i) ? new Set() : demote(item.name) ? new Set([...modes, 'optional']) : modes,
            ctx,
            old.has(i),
          ) || changed;
        break;
      case 'person':
        changed = applyPerson(item, drop, view, ctx) || changed;
        break;
      case 'pronoun':
        changed = applyPronoun(drop, view, ctx) || changed;
        break;
      case 'talent':
        // "No need for an agency", "doesn't have to be an agency": the filter on it goes; it is
        // never narrowed to, nor turned round.
        if (modes.has('optional') && !drop) {
          const f = ctx.draft.fields;
          if (f.talent_type === item.value) [f.talent_type, changed] = ['any', true];
          ctx.understood.push(`${item.value} not needed`);
        } else
          changed = applyTalent(item.value, drop, clause, ctx, modes.has('permissive')) || changed;
        break;
      case 'badge':
        // "Rising talent is fine too" beside badges asked for: one more badge lets more in.
        if (allowing && !drop && ctx.draft.fields.badges?.length)
          changed = applyBadge(item.badge, false, ctx) || changed;
        else if (allowing && !drop) ctx.understood.push(`${item.badge.replace(/_/g, ' ')} allowed`);
        else changed = applyBadge(item.badge, drop || modes.has('optional'), ctx) || changed;
        break;
      case 'exp':
        // "Mid-level or senior": either will do, so the lower is the floor.
        if (!drop && lowerLevelSaid(clause, i)) break;
        if (allowing && !drop && !lowers(item.level, ctx))
          ctx.understood.push(`${item.level} level allowed`);
        else changed = applyExperience(item.level, drop || modes.has('optional'), ctx) || changed;
        break;
      case 'date': {
        const a = (ctx.draft.fields.availability ??= {});
        // "Doesn't have to start next week": the deadline goes, never arrives.
        if (drop || modes.has('optional') || allowing) delete a.start_by;
        else a.start_by = item.iso;
        ctx.understood.push(drop ? 'start date dropped' : `start by ${item.iso}`);
        changed = true;
        break;
      }
      case 'worktime':
        changed = applyWorktime(item.full, drop || modes.has('optional'), ctx) || changed;
        break;
      case 'clear':
        if (item.field) changed = clearField(item.field, ctx) || changed;
        break;
      case 'level':
        if (!clause.reads.slice(0, i).some((r) => r.item.k === 'level'))
          changed = applyLevelOnly(view, ctx) || changed;
        break;
      case 'field':
        // A field named with "drop", "doesn't matter", "no": the filter goes, unless the clause
        // also names a thing to drop ("drop the React requirement").
        if (
          (clear || neg || modes.has('optional') || negatedDirection(clause)) &&
          entityCount === 0 &&
          !boundsOf(clause).length &&
          !kinds.has('rel') &&
          !kinds.has('comp')
        )
          changed = clearField(item.field as Field, ctx) || changed;
        break;
      case 'tz':
      case 'overlap':
        if ((clear || neg || modes.has('optional')) && entityCount === 0)
          changed = clearField('timezone', ctx) || changed;
        else if (entityCount === 0 && item.k === 'overlap' && !clear && !neg)
          changed = overlapHours(view, ctx) || changed;
        break;
    }
  }
  // "More like that" with nobody named in the clause: the person named before.
  if (kinds.has('like') && !entityCount && !bounds.length && !kinds.has('field') && !changed)
    changed = applyPronoun(false, view, ctx);
  return changed;
}

// Filters a bare name narrows to ("Brazil", "agencies"). An unread word just before one that is a
// couple of slips from a negator may be what turns it around ("excluse Brazil", "nobidy from
// India"): then nothing narrows, and a notice says why.
const NARROWING = new Set<Item['k']>(['place', 'zone', 'lang', 'talent', 'badge', 'exp']);

function unreadBefore(clause: Clause, at: number, ctx: ApplyContext): boolean {
  let k = at - 1;
  const passes = (it: Item) => it.k === 'filler' || (it.k === 'field' && it.field === 'place');
  while (k > 0 && passes(clause.reads[k].item)) k--;
  const before = clause.reads[k];
  if (before?.item.k !== 'word' || !nearNegator(before.text)) return false;
  ctx.notices.push(
    `Not sure what "${before.text}" says about ${clause.reads[at].text}, so that was left as it is; say it again in other words or send the field.`,
  );
  return true;
}

/** The comparative that says the change: one with a factor ("in half"), else the first. */
function governingComp(clause: Clause): number {
  const comps = clause.reads.flatMap((r, i) => (r.item.k === 'comp' ? [i] : []));
  const scaled = comps.find((i) => (clause.reads[i].item as ItemOf<'comp'>).factor);
  return scaled ?? comps[0];
}

/** "Juniors are fine" below an intermediate floor lowers it; "seniors welcome" changes nothing. */
function lowers(level: (typeof LEVELS)[number], ctx: ApplyContext): boolean {
  const at = ctx.draft.fields.experience_level;
  return at !== undefined && LEVELS.indexOf(level) < LEVELS.indexOf(at);
}

// "no minimum rating", "no rate cap": a negated direction with no number drops the filter.
function negatedDirection(clause: Clause): boolean {
  return clause.reads.some((r, i) => r.item.k === 'dir' && clause.negated[i]);
}

/** Another level, not negated, said in the clause below this one. */
function lowerLevelSaid(clause: Clause, at: number): boolean {
  const item = clause.reads[at].item;
  if (item.k !== 'exp') return false;
  return clause.reads.some(
    (r, k) =>
      r.item.k === 'exp' &&
      !clause.negated[k] &&
      LEVELS.indexOf(r.item.level) < LEVELS.indexOf(item.level),
  );
}
