import type { Region } from '../../../core/criteria.js';
import { utcOffsetHours } from '../../../reference/timezones.js';
import type { ApplyContext, ClauseView } from './apply-context.js';
import type { Field, ItemOf } from './items.js';
import { boundsOf } from './numbers.js';
import { bandWidth, etcZone, sign, widenBand, zoneRange } from './zone-bands.js';

// Places and zones: "in Germany or Poland" narrows to them, "not from India" sets India aside,
// "Indians are fine" lifts that, "European time zones" and "overlap 4 hours with London" are
// about the working day rather than the country.

// Working-hours bands clients mean by "<region> time zones".
const ZONE_BANDS: Record<Region, { min: number; max: number }> = {
  europe: { min: -1, max: 3 },
  north_america: { min: -8, max: -4 },
  latin_america: { min: -6, max: -3 },
  asia: { min: 5, max: 9 },
  oceania: { min: 8, max: 13 },
  africa: { min: -1, max: 3 },
  middle_east: { min: 2, max: 4 },
};

const without = <T>(list: T[] | undefined, drop: T[]) =>
  (list ?? []).filter((x) => !drop.includes(x));
const union = <T>(list: T[] | undefined, add: T[]) => [...new Set([...(list ?? []), ...add])];

export function placeChange(
  item: ItemOf<'place'>,
  at: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  const neg = view.negated(at);
  const drop = view.clear && !view.clearFieldsOnly;
  if (view.has('tz') || view.has('overlap') || view.has('within')) {
    if (neg) {
      ctx.notices.push(
        `Cannot leave out a time-zone band ("not ${item.label} time zones"); send location.utc_offset_min/max.`,
      );
      return false;
    }
    // "3 hours overlap with UK working hours", "within 2 hours of the UK": a country on one
    // clock is that clock.
    const zones = item.countries.length === 1 ? ctx.countryZones.get(item.countries[0]) : [];
    if (zones?.length === 1)
      return zoneChange({ k: 'zone', timezone: zones[0], label: item.label }, at, view, ctx);
    const band = item.region ? ZONE_BANDS[item.region] : countriesBand(item.countries, ctx);
    if (!band) return false;
    const loc = ctx.draft.location();
    loc.utc_offset_min = band.min;
    loc.utc_offset_max = band.max;
    ctx.understood.push(`${item.label} time zones`);
    return true;
  }
  const loc = ctx.draft.location();
  const countries = item.countries;
  const regions = item.region ? [item.region] : [];
  const included =
    countries.some((c) => loc.countries?.includes(c)) ||
    regions.some((r) => loc.regions?.includes(r));
  // "Outside the US is fine", "non-US people are welcome": more places let in, never one left out.
  if (neg && view.modes.has('permissive') && saidOutside(view, at)) {
    if (!included) ctx.understood.push(`outside ${item.label} allowed`);
    else {
      loc.countries = [];
      loc.regions = [];
      ctx.understood.push(`not only ${item.label}`);
    }
    return included;
  }
  if (neg || drop || view.modes.has('optional')) {
    loc.countries = without(loc.countries, countries);
    loc.regions = without(loc.regions, regions);
    if ((neg && !view.swappedOut(at)) || (drop && !included)) {
      loc.exclude_countries = union(loc.exclude_countries, countries);
      loc.exclude_regions = union(loc.exclude_regions, regions);
      ctx.understood.push(`not from ${item.label}`);
    } else ctx.understood.push(`${item.label} no longer required`);
    return true;
  }
  const excluded =
    countries.some((c) => loc.exclude_countries?.includes(c)) ||
    regions.some((r) => loc.exclude_regions?.includes(r));
  loc.exclude_countries = without(loc.exclude_countries, countries);
  loc.exclude_regions = without(loc.exclude_regions, regions);
  // "Keep them in the US" never narrows a list that holds more than the US.
  const adding = view.modes.has('permissive') || view.modes.has('add') || view.modes.has('keep');
  if (adding && !(loc.countries?.length || loc.regions?.length)) {
    ctx.understood.push(`${item.label} allowed`);
    return excluded;
  }
  if (!adding && !ctx.draft.placesSaid) {
    loc.countries = [];
    loc.regions = [];
  }
  ctx.draft.placesSaid = true;
  loc.countries = union(loc.countries, countries);
  loc.regions = union(loc.regions, regions);
  ctx.understood.push(`in ${item.label}`);
  return true;
}

function countriesBand(
  codes: string[],
  ctx: ApplyContext,
): { min: number; max: number } | undefined {
  const offsets = codes
    .flatMap((c) => ctx.countryZones.get(c) ?? [])
    .map((z) => utcOffsetHours(z, ctx.today));
  if (!offsets.length) return undefined;
  return { min: Math.floor(Math.min(...offsets)), max: Math.ceil(Math.max(...offsets)) };
}

export function zoneChange(
  item: ItemOf<'zone'>,
  at: number,
  view: ClauseView,
  ctx: ApplyContext,
): boolean {
  const bounds = boundsOf(view.clause);
  // "At least 4 hours with New York": hours beside a city are time, never the city's country.
  const tzContext =
    view.has('tz') ||
    view.has('overlap') ||
    view.has('within') ||
    bounds.some((b) => b.measure === 'overlap');
  if (item.countries && !tzContext) {
    return placeChange({ k: 'place', countries: item.countries, label: item.label }, at, view, ctx);
  }
  // "No need to overlap with London any more", "no overlap with London needed": the time-zone
  // filter goes.
  const overlapDenied = view.clause.reads.some((r, i) => r.item.k === 'overlap' && view.negated(i));
  if (view.modes.has('optional') || (view.clear && !view.clearFieldsOnly) || overlapDenied)
    return clearField('timezone', ctx);
  if (view.negated(at)) {
    ctx.notices.push(
      `Cannot leave out a time zone ("${item.label}"); send location.utc_offset_min/max.`,
    );
    return false;
  }
  // "GMT+1 to GMT+3", "between UTC-5 and UTC-3": one band from the first to the second.
  const band = zoneRange(view, ctx.today);
  if (band) {
    if (band.first !== at) return false;
    const loc = ctx.draft.location();
    loc.utc_offset_min = Math.max(-12, Math.floor(band.min));
    loc.utc_offset_max = Math.min(14, Math.ceil(band.max));
    delete loc.overlap_with;
    ctx.understood.push(`UTC${sign(band.min)} to UTC${sign(band.max)}`);
    return true;
  }
  const offset = item.offset ?? utcOffsetHours(item.timezone!, ctx.today);
  if (widenBand(item, offset, view, ctx)) return true;
  const timezone = item.timezone ?? etcZone(offset);
  const width = bandWidth(view);
  const hours = bounds.find((b) => b.measure === 'overlap')?.value ?? width;
  const loc = ctx.draft.location();
  // "Within 2-3 hours of New York": the band is as wide as the widest number said.
  const widest = Math.max(
    width ?? 0,
    ...bounds.flatMap((b) => (b.measure === 'overlap' ? [b.value] : [])),
  );
  // "No more than 2 hours from GMT": at most so many hours away is a band, never an overlap.
  const aBand =
    view.has('within') ||
    (!view.has('overlap') && bounds.some((b) => b.measure === 'overlap' && b.dir === 'max'));
  if (aBand && hours !== undefined) {
    const hours = widest;
    // "No more than 3 hours ahead of London": only that side of the band.
    const side = view.clause.reads.find((r) => r.item.k === 'within' && r.item.side)?.item;
    const only = side?.k === 'within' ? side.side : undefined;
    if (only !== 'ahead') loc.utc_offset_min = Math.max(-12, offset - hours);
    if (only !== 'behind') loc.utc_offset_max = Math.min(14, offset + hours);
    // The other side, said before, stays unless the two no longer meet.
    if ((loc.utc_offset_min ?? -12) > (loc.utc_offset_max ?? 14)) {
      if (only === 'ahead') delete loc.utc_offset_min;
      else delete loc.utc_offset_max;
    }
    delete loc.overlap_with;
    ctx.understood.push(`within ${hours} hours of ${item.label}`);
    return true;
  }
  // "On London hours", "Tokyo business hours": most of a working day shared, 6 of its 8 hours;
  // "overlap with London" with no number, half of it.
  const workday = view.clause.reads.some((r) => r.item.k === 'tz' && r.item.workday);
  if (view.has('overlap') || hours !== undefined || workday) {
    if (!timezone) return false;
    const said = hours ?? (workday && !view.has('overlap') ? 6 : 4);
    loc.overlap_with = { timezone, hours: Math.min(8, Math.max(1, said)) };
    ctx.understood.push(`${loc.overlap_with.hours} hours overlap with ${item.label}`);
    return true;
  }
  loc.utc_offset_min = Math.max(-12, Math.floor(offset) - 1);
  loc.utc_offset_max = Math.min(14, Math.ceil(offset) + 1);
  ctx.understood.push(`near ${item.label} time`);
  return true;
}

export function clearField(field: Field, ctx: ApplyContext): boolean {
  const d = ctx.draft;
  const f = d.fields;
  const loc = f.location;
  switch (field) {
    case 'rate':
      delete f.hourly_rate;
      break;
    case 'rating':
      delete f.min_rating;
      break;
    case 'job_success':
      delete f.min_job_success;
      break;
    case 'jobs':
      delete f.min_jobs_completed;
      break;
    case 'hours':
      if (f.availability) delete f.availability.min_hours_per_week;
      break;
    case 'start':
      if (f.availability) delete f.availability.start_by;
      break;
    case 'place':
      if (loc)
        for (const k of ['countries', 'regions', 'exclude_countries', 'exclude_regions'] as const)
          delete loc[k];
      break;
    case 'timezone':
      if (loc)
        for (const k of ['utc_offset_min', 'utc_offset_max', 'overlap_with'] as const)
          delete loc[k];
      break;
    case 'languages':
      delete f.languages;
      break;
    case 'experience':
      delete f.experience_level;
      break;
    case 'talent':
      delete f.talent_type;
      break;
    case 'badges':
      delete f.badges;
      break;
    case 'budget':
      if (f.project) delete f.project.budget_usd;
      break;
    case 'duration':
      if (f.project) delete f.project.duration_weeks;
      break;
    case 'required_skills':
    case 'preferred_skills':
    case 'excluded':
      d.clearLists.add(field === 'excluded' ? 'exclude_freelancer_ids' : field);
      break;
    case 'skills':
      d.clearLists.add('required_skills').add('preferred_skills');
      break;
    case 'all':
      for (const k of Object.keys(f)) delete (f as Record<string, unknown>)[k];
      d.clearLists.add('required_skills').add('preferred_skills').add('exclude_freelancer_ids');
      break;
  }
  ctx.understood.push(`${field.replace(/_/g, ' ')} cleared`);
  return true;
}

/** The negator of the place at `at` is "outside" or "non-", which, allowed, widens. */
function saidOutside(view: ClauseView, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const r = view.clause.reads[k];
    if (r.item.k === 'neg') return /^(outside|non)\b/i.test(r.text);
  }
  return false;
}
