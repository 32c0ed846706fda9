import { levelFor, levelMeant, lowestLevel, setLevel } from './language-levels.js';
import type { ApplyContext, ClauseView } from './apply-context.js';
import type { Clause } from './clauses.js';
import { LEVELS, type ItemOf, type Mode } from './items.js';

// Skills, languages, people, talent type, badges and experience: the things a clause names about
// the person, each applied to the draft with what the clause's markers say about it.

export function applySkill(
  name: string,
  drop: boolean,
  modes: Set<Mode>,
  ctx: ApplyContext,
  swapped = false,
): boolean {
  const d = ctx.draft;
  const has = (list: string[] | undefined) =>
    (list ?? []).some((s) => s.toLowerCase() === name.toLowerCase());
  const required = has(d.before.required_skills);
  // Named without a word against it, a skill already required stays required ("keep React",
  // "React and TypeScript"); "keep" leaves a preferred one as it is too.
  const plain = !modes.has('require') && !modes.has('only') && !modes.has('optional');
  if (!drop && plain && (required || (modes.has('keep') && has(d.before.preferred_skills)))) {
    ctx.understood.push(`${name} kept`);
    return false;
  }
  // "No WordPress people" with WordPress nowhere in the criteria: no filter can leave them out.
  if (drop && !swapped && !required && !has(d.before.preferred_skills) && !has(d.addRequired)) {
    ctx.notices.push(
      `There is no filter to leave out people who know ${name}, and it is not among the skills ` +
        'asked for, so nothing changed; send exclude_freelancer_ids to leave out someone.',
    );
    return false;
  }
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

export function applyLanguage(
  item: ItemOf<'lang'>,
  at: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  const drop =
    view.negated(at) || (view.clear && !view.clearFieldsOnly) || view.modes.has('optional');
  const list = (f.languages ??= []).filter((l) => l.code !== item.code);
  // "English doesn't need to be native, fluent is enough": the level is denied, not the language.
  const meant = levelMeant(view.clause);
  if (meant?.denied && !view.negated(at) && !view.swappedOut(at)) {
    const lang = { code: item.code };
    f.languages = [...list, lang];
    return setLevel(lang, meant.level, ctx);
  }
  if (drop) {
    f.languages = list;
    ctx.understood.push(`no ${item.label} requirement`);
    return true;
  }
  // "French speakers are fine too" lets them in; "add French too" asks for French as well.
  const allowing =
    view.modes.has('permissive') &&
    !view.modes.has('require') &&
    !view.modes.has('only') &&
    !view.modes.has('add');
  if (allowing && !view.has('level')) {
    ctx.understood.push(`${item.label} speakers allowed`);
    return false;
  }
  // Languages are all required together: "Spanish or Portuguese" cannot be said as a filter.
  if (view.clause.reads.some((r) => r.item.k === 'conj' && /^(or|either|\/)$/i.test(r.text))) {
    const langs = view.clause.reads.filter(
      ({ item }) => item.k === 'lang' || (item.k === 'place' && item.ambiguousLang),
    ).length;
    if (langs > 1) {
      if (!ctx.notices.some((n) => n.startsWith('Languages are')))
        ctx.notices.push(
          'Languages are all required together, so "one or the other" was left out; send the one that must be spoken.',
        );
      return false;
    }
  }
  // "Fluent or native English": either will do, so the lower is the floor.
  const either = view.clause.reads.some((r) => r.item.k === 'conj' && /^or$/i.test(r.text));
  const level = either ? lowestLevel(view.clause) : levelFor(view.clause, at);
  list.push({ code: item.code, ...(level ? { min_level: level.level } : {}) });
  f.languages = list;
  ctx.understood.push(`speaks ${item.label}${level ? ` (${level.level})` : ''}`);
  return true;
}

export function applyPerson(
  item: ItemOf<'person'>,
  drop: boolean,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  ctx.lastPerson = item;
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

export function applyTalent(
  value: 'agency' | 'independent',
  drop: boolean,
  clause: Clause,
  ctx: ApplyContext,
  allowed = false,
): boolean {
  const f = ctx.draft.fields;
  // "Agencies and independents are both fine"; a negated one is not among them ("not agencies,
  // independents").
  const both = new Set(
    clause.reads.flatMap((r, i) =>
      r.item.k === 'talent' && !clause.negated[i] ? [r.item.value] : [],
    ),
  );
  const permissive =
    allowed || clause.reads.some((r) => r.item.k === 'mode' && r.item.mode === 'permissive');
  let next: 'agency' | 'independent' | 'any';
  // "Never mind the agency thing" with agencies left out: the concern goes, so does the filter.
  const forgets = clause.reads.some((r) => /^(never ?mind|forget)( about)?$/i.test(r.text));
  const other = value === 'agency' ? 'independent' : 'agency';
  if (drop && forgets && f.talent_type === other) {
    delete f.talent_type;
    ctx.understood.push('talent type cleared');
    return true;
  }
  if (both.size === 2 && !drop) next = 'any';
  else if (drop) next = value === 'agency' ? 'independent' : 'agency';
  else if (permissive && f.talent_type && f.talent_type !== value) next = 'any';
  else if (permissive && !f.talent_type) {
    ctx.understood.push(`${value} talent allowed`);
    return false;
  } else next = value;
  if (f.talent_type === next && both.size === 2) return true;
  f.talent_type = next;
  ctx.understood.push(`talent type ${next}`);
  return true;
}

export function applyBadge(
  badge: ItemOf<'badge'>['badge'],
  drop: boolean,
  ctx: ApplyContext,
): boolean {
  const f = ctx.draft.fields;
  if (drop && !f.badges?.includes(badge)) {
    ctx.notices.push(
      `Badges can only be required, so there is no filter to leave out ${badge.replace(/_/g, ' ')} ` +
        'and nothing changed; send badges with the ones wanted.',
    );
    return false;
  }
  const list = (f.badges ?? []).filter((b) => b !== badge);
  f.badges = drop ? list : [...list, badge];
  ctx.understood.push(`${drop ? 'no ' : ''}${badge.replace(/_/g, ' ')} badge`);
  return true;
}

export function applyExperience(
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

// Full-time is 30+ hours a week, as the marketplaces count it; part-time, fewer. "Part-time is
// fine" lowers a full-time floor to 20; there is no maximum to set for "only part-time".
export function applyWorktime(full: boolean, negated: boolean, ctx: ApplyContext): boolean {
  const a = (ctx.draft.fields.availability ??= {});
  const floor = a.min_hours_per_week;
  if (full !== negated) {
    if (floor !== undefined && floor >= FULL_TIME) {
      ctx.understood.push(`full-time already (${floor}+ hours a week)`);
      return false;
    }
    a.min_hours_per_week = FULL_TIME;
    ctx.understood.push(`full-time: at least ${FULL_TIME} hours a week`);
    return true;
  }
  if (floor === undefined || floor < FULL_TIME) {
    ctx.notices.push(
      'Part-time people are already in the list: there is no maximum of hours a week to set.',
    );
    return false;
  }
  a.min_hours_per_week = PART_TIME;
  ctx.understood.push(`part-time: at least ${PART_TIME} hours a week`);
  return true;
}

const FULL_TIME = 30;
const PART_TIME = 20;

const FILTER_OF: Record<string, string> = {
  place: 'location.countries or location.regions',
  zone: 'location.overlap_with or location.utc_offset_min/max',
  lang: 'languages',
  talent: 'talent_type',
  badge: 'badges',
  exp: 'experience_level',
};

/** A filter said as a wish ("ideally in Canada") is not narrowed to: a notice says how to. */
export function refuseWish(
  item: { k: string },
  text: string,
  language: boolean,
  ctx: ApplyContext,
): void {
  const field = language ? 'languages' : FILTER_OF[item.k];
  ctx.notices.push(
    `"${text}" was said as a wish, but ${field} can only filter, so nothing was narrowed to ` +
      `it; say it is a must, or send ${field}.`,
  );
}

/** "Them", "that one", or "more like that" with nobody named: the person named last, if anyone. */
export function applyPronoun(drop: boolean, view: ClauseView, ctx: ApplyContext): boolean {
  const person = ctx.lastPerson;
  if (!person) return false;
  // Named before without saying what to do: this clause says it.
  const said = ctx.notices.findIndex((n) => n.startsWith(`Named ${person.name} without`));
  if (said >= 0) ctx.notices.splice(said, 1);
  return applyPerson(person, drop, view, ctx);
}
