import { describe, expect, it } from 'vitest';
import {
  FILTER_NAMES,
  HARD_FILTERS,
  filtersInForce,
  type FilterName,
} from '../../../src/core/hard-filters.js';
import { planOf, skill } from '../../helpers/plan.js';

const relaxations = (name: FilterName, plan: ReturnType<typeof planOf>) =>
  HARD_FILTERS[name].relax(plan);

describe('the hard-filter registry', () => {
  it('says nothing and loosens nothing when the criteria ask for nothing', () => {
    const plan = planOf({});
    expect(filtersInForce(plan)).toEqual([]);
    for (const name of FILTER_NAMES) expect(relaxations(name, plan), name).toEqual([]);
  });

  it('names every filter for the fit breakdown and describes it', () => {
    for (const name of FILTER_NAMES) {
      expect(HARD_FILTERS[name].fit, name).not.toBe('');
      expect(HARD_FILTERS[name].description, name).toMatch(/\.$/);
    }
  });

  it('says a rate range once, whichever ends are set', () => {
    expect(filtersInForce(planOf({ hourly_rate: { min: 20, max: 60 } }))).toEqual([
      'rate $20–$60/h',
    ]);
    expect(filtersInForce(planOf({ hourly_rate: { min: 20 } }))).toEqual(['rate $20–any/h']);
    expect(filtersInForce(planOf({ hourly_rate: { max: 60 } }))).toEqual(['rate $0–$60/h']);
  });

  it('lists the filters in force in a fixed order, required skills last', () => {
    const plan = planOf(
      {
        min_rating: 4.5,
        location: { regions: ['europe'], utc_offset_min: 0, utc_offset_max: 3 },
        talent_type: 'independent',
      },
      { required: [skill('Rust')], countries: ['DE', 'FR'], timezones: ['Europe/Berlin'] },
    );
    expect(filtersInForce(plan)).toEqual([
      'location: europe',
      "time zone UTC+0 to UTC+3 (today's offsets)",
      'rating 4.5+',
      'independents only',
      'must show Rust',
    ]);
  });

  it('loosens a rate cap by half, rounded up to $5, and keeps the minimum', () => {
    const plan = planOf({ hourly_rate: { min: 10, max: 45 } });
    const [raise] = relaxations('hourly_rate_max', plan);
    expect(raise.loosened?.criteria.hourly_rate).toEqual({ min: 10, max: 70 });
    expect(raise.says(4, 9)).toBe('5 at or under $45/h; 9 up to $70/h (+4).');
    expect(plan.criteria.hourly_rate).toEqual({ min: 10, max: 45 });
  });

  it('lowers a rating minimum by half a star, never below 1', () => {
    expect(
      relaxations('min_rating', planOf({ min_rating: 4 }))[0].loosened?.criteria.min_rating,
    ).toBe(3.5);
    expect(
      relaxations('min_rating', planOf({ min_rating: 1.2 }))[0].loosened?.criteria.min_rating,
    ).toBe(1);
  });

  it('offers a required skill as preferred only when something else still makes people relevant', () => {
    const rust = skill('Rust');
    const go = skill('Go');
    expect(relaxations('required_skills', planOf({ query: '' }, { required: [rust] }))).toEqual([]);
    const alone = relaxations(
      'required_skills',
      planOf({ query: 'systems work' }, { required: [rust] }),
    );
    expect(alone).toHaveLength(1);
    expect(alone[0].loosened?.required).toEqual([]);
    const both = relaxations('required_skills', planOf({}, { required: [rust, go] }));
    expect(both.map((r) => r.loosened?.required.map((t) => t.node.name))).toEqual([
      ['Go'],
      ['Rust'],
    ]);
    expect(both[0].says(3, 10)).toBe('+3 if Rust is preferred rather than required.');
  });

  it('leaves a filter out, rather than loosening it, when it has no looser value', () => {
    const [drop] = relaxations(
      'countries',
      planOf({ location: { countries: ['DE'] } }, { countries: ['DE'] }),
    );
    expect(drop.loosened).toBeUndefined();
    expect(drop.says(7, 12)).toBe('+7 from anywhere (dropping the location filter).');
  });
});
