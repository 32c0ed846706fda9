import { sql, type SqlBool } from 'kysely';
import { formatOffset } from '../reference/timezones.js';
import type { Criteria } from './criteria.js';
import { anyOf, fieldChange, withCriteria, type HardFilter } from './hard-filter-record.js';

// The hard filters on what someone charges, where they are, when they work and what they speak.
// Their order here is the order of their words in `interpreted.filters` (see hard-filters.ts).

function rateInForce(c: Criteria): string {
  const { min, max } = c.hourly_rate ?? {};
  return `rate ${min !== undefined ? `$${min}` : '$0'}–${max !== undefined ? `$${max}` : 'any'}/h`;
}

export const PLACE_AND_RATE_FILTERS = {
  hourly_rate_min: {
    fields: ['hourly_rate.min'],
    description: 'Charges at least the minimum hourly rate.',
    where: (p, eb) => {
      const min = p.criteria.hourly_rate?.min;
      return min === undefined ? undefined : eb('f.hourly_rate_usd', '>=', min);
    },
    // One line for the whole range, said by the maximum when there is one.
    inForce: (p) =>
      p.criteria.hourly_rate?.min !== undefined && p.criteria.hourly_rate.max === undefined
        ? [rateInForce(p.criteria)]
        : [],
    relax: (p) => {
      const min = p.criteria.hourly_rate?.min;
      return min === undefined ? [] : [{ says: (g) => `+${g} without the $${min}/h minimum.` }];
    },
    fit: 'hourly rate min',
    change: fieldChange('hourly_rate'),
  },
  hourly_rate_max: {
    fields: ['hourly_rate.max'],
    description: 'Charges at most the maximum hourly rate.',
    where: (p, eb) => {
      const max = p.criteria.hourly_rate?.max;
      return max === undefined ? undefined : eb('f.hourly_rate_usd', '<=', max);
    },
    inForce: (p) => (p.criteria.hourly_rate?.max !== undefined ? [rateInForce(p.criteria)] : []),
    relax: (p) => {
      const max = p.criteria.hourly_rate?.max;
      if (max === undefined) return [];
      const raised = Math.ceil((max * 1.5) / 5) * 5;
      return [
        {
          loosened: withCriteria(p, { hourly_rate: { ...p.criteria.hourly_rate, max: raised } }),
          says: (gain, total) =>
            `${total - gain} at or under $${max}/h; ${total} up to $${raised}/h (+${gain}).`,
        },
      ];
    },
    fit: 'hourly rate max',
    change: fieldChange('hourly_rate'),
  },
  countries: {
    fields: ['location.countries', 'location.regions'],
    description: 'Based in one of the countries asked for, or a country of a region asked for.',
    where: (p, eb) => (p.countries ? anyOf(eb, 'f.country', p.countries) : undefined),
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.countries || !loc) return [];
      const names = [
        ...(loc.regions ?? []).map((r) => r.replace('_', ' ')),
        ...(loc.countries ?? []).map((c) => c.toUpperCase()),
      ];
      return [`location: ${names.join(', ')}`];
    },
    relax: (p) =>
      p.countries ? [{ says: (g) => `+${g} from anywhere (dropping the location filter).` }] : [],
    fit: 'countries',
    change: fieldChange('location'),
  },
  excluded_places: {
    fields: ['location.exclude_countries', 'location.exclude_regions'],
    description: 'Not based in a country, or a country of a region, the client left out.',
    where: (p) =>
      p.excludedCountries?.length
        ? sql<SqlBool>`f.country <> all(${sql.val(p.excludedCountries)}::text[])`
        : undefined,
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.excludedCountries?.length || !loc) return [];
      const names = [
        ...(loc.exclude_regions ?? []).map((r) => r.replace('_', ' ')),
        ...(loc.exclude_countries ?? []).map((c) => c.toUpperCase()),
      ];
      return [`not from: ${names.join(', ')}`];
    },
    relax: (p) =>
      p.excludedCountries?.length
        ? [{ says: (g) => `+${g} if the places left out were allowed back.` }]
        : [],
    fit: 'places left out',
    change: fieldChange('location'),
  },
  timezones: {
    fields: ['location.utc_offset_min', 'location.utc_offset_max', 'location.overlap_with'],
    description:
      "In a time zone whose offset today is inside the window, and that shares the hours asked for with the client's working day.",
    where: (p, eb) => (p.timezones ? anyOf(eb, 'f.timezone', p.timezones) : undefined),
    inForce: (p) => {
      const loc = p.criteria.location;
      if (!p.timezones || !loc) return [];
      const lines: string[] = [];
      if (loc.utc_offset_min !== undefined || loc.utc_offset_max !== undefined) {
        const range = `${formatOffset(loc.utc_offset_min ?? -12)} to ${formatOffset(loc.utc_offset_max ?? 14)}`;
        lines.push(`time zone ${range} (today's offsets)`);
      }
      if (loc.overlap_with) {
        const o = loc.overlap_with;
        lines.push(`${o.hours}+ h overlap with ${o.timezone} (9:00–17:00)`);
      }
      return lines;
    },
    relax: (p) => (p.timezones ? [{ says: (g) => `+${g} outside the time-zone window.` }] : []),
    fit: 'timezones',
    change: fieldChange('location'),
  },
  languages: {
    fields: ['languages'],
    description: 'Speaks every language asked for, at the level asked for or better.',
    where: (p, eb) =>
      p.languages.length
        ? eb.and(
            p.languages.map((l) =>
              eb.exists(
                eb
                  .selectFrom('freelancer_languages as fl')
                  .select(sql.lit(1).as('one'))
                  .whereRef('fl.freelancer_id', '=', 'f.id')
                  .where('fl.code', '=', l.code)
                  .where('fl.level_rank', '>=', l.minRank),
              ),
            ),
          )
        : undefined,
    inForce: (p) =>
      (p.criteria.languages ?? []).map(
        (l) => `speaks ${l.code.toLowerCase()} (${l.min_level ?? 'conversational'} or better)`,
      ),
    relax: (p) =>
      p.languages.length ? [{ says: (g) => `+${g} without the language requirement.` }] : [],
    fit: 'languages',
    change: fieldChange('languages'),
  },
} satisfies Record<string, HardFilter>;
