import { describe, expect, it } from 'vitest';
import type { Criteria } from '../../../../src/core/criteria.js';
import { itReadsEachFamily, readWords, type Family } from './instruction-patch.js';

// Families of refinements: every rewording in a family gives the same patch. A family stands for
// a rule of the grammar (a negated requirement is optional, a multiplier scales the field it
// names), so a row here is never a single sentence made to pass.

const FAMILIES: Family[] = [
  {
    name: 'a negated requirement makes the thing optional, never excluded',
    base: { required_skills: ['React', 'Next.js'] },
    patch: { remove_required_skills: ['Next.js'], add_preferred_skills: ['Next.js'] },
    say: [
      "Next.js isn't a must",
      'Next.js is not required',
      "I don't require Next.js",
      'Next.js is not necessary',
      "Next.js isn't essential",
    ],
  },
  {
    name: 'a negated leaving-out allows',
    base: { talent_type: 'independent' },
    patch: { talent_type: 'any' },
    say: [
      "I wouldn't say no to an agency",
      "don't rule out agencies",
      'no objection to agencies',
      "I'm not against agencies",
      'do not exclude agencies',
    ],
  },
  {
    name: 'a negated leaving-out of a place lifts its exclusion',
    base: { location: { exclude_countries: ['IN'] } } as Partial<Criteria>,
    patch: { clear: ['location'] },
    say: ["don't exclude India", "I wouldn't rule out India", 'no objection to India'],
  },
  {
    name: 'a skill named to keep stays required',
    base: { required_skills: ['React'] },
    patch: { add_required_skills: ['TypeScript'] },
    say: [
      'keep React but also needs TypeScript',
      'still need React, and TypeScript is a must',
      'stick with React and require TypeScript',
    ],
  },
  {
    name: 'a number said with "to" is the new value, never an amount',
    base: { hourly_rate: { max: 50 } },
    patch: { hourly_rate: { max: 40 } },
    say: [
      'lower the cap to $40',
      'bring the rate down to 40',
      'reduce the budget to $40',
      'cut the price to 40 dollars an hour',
    ],
  },
  {
    name: 'a number said with "by" moves the value by that much',
    base: { hourly_rate: { max: 50 } },
    patch: { hourly_rate: { max: 60 } },
    say: ['raise the cap by $10', 'increase the budget by 10 dollars', 'bump the rate up by $10'],
  },
  {
    name: 'a multiplier scales the filter its clause names',
    base: { hourly_rate: { max: 40 } },
    patch: { hourly_rate: { max: 80 } },
    say: ['double the budget', 'twice the rate', 'we can double the rate cap'],
  },
  {
    name: 'half of the hours',
    base: { availability: { min_hours_per_week: 40 } },
    patch: { availability: { min_hours_per_week: 20 } },
    say: ['half the hours is fine', 'halve the hours', 'cut the hours in half'],
  },
  {
    name: 'more or fewer hours move the floor by ten',
    base: { availability: { min_hours_per_week: 20 } },
    patch: { availability: { min_hours_per_week: 30 } },
    say: ['more hours', 'increase the hours', 'bump up the weekly hours'],
  },
  {
    name: 'a comparative said of a filter, in any order',
    base: { hourly_rate: { max: 50 } },
    patch: { hourly_rate: { max: 65 } },
    say: ['we can go higher on the rate', 'the budget can be higher', 'raise the rate'],
  },
  {
    name: 'a negated comparative changes nothing',
    base: { hourly_rate: { max: 60 } },
    patch: {},
    say: [
      "the rate doesn't need to be lower",
      'no need to lower the budget',
      "don't raise the budget",
      "the budget shouldn't go higher",
      'cheaper is not necessary',
    ],
  },
  {
    name: 'a negator covers each bound joined by "or"',
    base: {},
    patch: { hourly_rate: { min: 30, max: 60 } },
    say: [
      'no one under 30 or over 60',
      'nobody charging less than $30 or more than $60',
      'no one below $30 nor above $60',
    ],
  },
  {
    name: 'a clearing verb covers a list of filters',
    base: { hourly_rate: { max: 50 }, min_rating: 4.5 },
    patch: { clear: ['hourly_rate', 'min_rating'] },
    say: [
      'forget the budget and the rating',
      'drop the rate and the rating',
      "the budget and the rating don't matter",
      'forget the budget and rating requirements',
    ],
  },
  {
    name: 'each side of a list keeps its own say',
    base: {},
    patch: { add_required_skills: ['React', 'Node.js'], add_preferred_skills: ['TypeScript'] },
    say: [
      'must know React and Node, TypeScript is a bonus',
      'React and Node are required, TypeScript is nice to have',
    ],
  },
  {
    name: 'skills named as the must-haves are required, the list headed by "add"',
    base: {},
    patch: { add_required_skills: ['Node.js', 'PostgreSQL'] },
    say: [
      'add Node.js and PostgreSQL as requirements',
      'add Node.js and PostgreSQL to the must-haves',
      'Node.js and PostgreSQL as must haves',
      'make Node.js and PostgreSQL requirements',
    ],
  },
  {
    name: 'a clearing verb, however said, drops the filter named',
    base: { hourly_rate: { max: 30 } },
    patch: { clear: ['hourly_rate'] },
    say: [
      'scratch the rate limit',
      'ditch the hourly limit',
      'the rate cap can go',
      'nix the rate cap',
      'the budget limit can be dropped',
    ],
  },
  {
    name: 'an overlap said to go lifts the time-zone filter',
    base: { location: { overlap_with: { timezone: 'Europe/London', hours: 4 } } },
    patch: { clear: ['location'] },
    say: ['the overlap requirement can go', 'drop the overlap', 'no need to overlap with London'],
  },
  {
    name: '"up to" after a verb that raises names the new floor',
    base: { availability: { min_hours_per_week: 20 } },
    patch: { availability: { min_hours_per_week: 35 } },
    say: [
      'bump the hours up to 35',
      'raise the hours up to 35',
      'increase the weekly hours up to 35',
    ],
  },
  {
    name: 'a person left out, by place in the list, by name, or by a pronoun after the name',
    base: {},
    patch: { exclude_freelancer_ids: ['f2'] },
    say: [
      'drop the second one',
      'remove the second result',
      'hide #2',
      'take Daniel Y. off the list',
      "I've talked to Daniel Y. already, remove him",
      'second candidate is not a fit, take them off the list',
    ],
  },
  {
    name: 'more like a person, named before or in the same breath',
    base: {},
    patch: { more_like: 'f3' },
    say: [
      'more like the third one',
      'Maria Silva looks great, more like her',
      'third result is close, find similar people',
      'show me more like Maria Silva',
    ],
  },
  {
    name: 'a change to the minimum rate moves the floor, never the cap',
    base: { hourly_rate: { min: 40 } },
    patch: { hourly_rate: { min: 30 } },
    say: ['lower the minimum rate', 'cut the minimum rate by $10', 'reduce the rate floor'],
  },
  {
    name: 'a time difference from a place is a band around it, never the place itself',
    base: {},
    patch: { location: { utc_offset_min: -1, utc_offset_max: 3 } },
    say: [
      'max 2 hours difference from Berlin',
      'at most 2 hours apart from Berlin',
      'time difference with Berlin under 2 hours',
      'within 2 hours of Berlin',
    ],
  },
  {
    name: '"up to" after a verb that raises names the new rating floor',
    base: { min_rating: 4.5 },
    patch: { min_rating: 4.8 },
    say: ['raise the rating up to 4.8', 'bump the rating up to 4.8 stars'],
  },
];

describe('families of refinements', () => {
  itReadsEachFamily(FAMILIES);

  // No filter leaves out people who know a skill or hold a badge: the refusal says so.
  it.each([
    ['no WordPress people', /no filter to leave out people who know WordPress/],
    ['nobody who does WordPress', /no filter to leave out people who know WordPress/],
    ['no rising talent please', /no filter to leave out rising talent/],
    ['not top rated', /no filter to leave out top rated/],
  ])('a skill or badge left out that no filter holds: %s', (say, reason) => {
    const read = readWords(say);
    expect(read.patch).toEqual({});
    expect(read.reasons.join(' ')).toMatch(reason);
  });
});
