import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// "Just React, nothing else" keeps React and drops the other skills (it never drops React); "X,
// drop it" drops X; "must be able to use X" requires X; "outside the US is fine" beside the US
// asked for lets more places in (it never leaves the US out); hours a day are five days a week
// (beside a clock they are the overlap's); a filter said to be flexible goes.

const HELD = { required_skills: ['React', 'Redux', 'Jest'] };
const FAMILIES: Family[] = [
  {
    name: 'the one skill named and nothing else',
    base: HELD,
    patch: {
      add_required_skills: ['React'],
      remove_required_skills: ['Redux', 'Jest'],
      remove_preferred_skills: ['Redux', 'Jest'],
    },
    say: [
      'React only, no other skills',
      'React only, no other requirements',
      'only React, none of the others',
    ],
  },
  {
    name: 'nothing else beside a skill held',
    base: HELD,
    patch: {
      remove_required_skills: ['Redux', 'Jest'],
      remove_preferred_skills: ['Redux', 'Jest'],
    },
    say: ['just React, nothing else', 'React and nothing else', 'React, nothing else matters'],
  },
  {
    name: 'a skill, then "drop it"',
    base: HELD,
    patch: { remove_required_skills: ['Redux'], remove_preferred_skills: ['Redux'] },
    say: ['Redux is overkill, drop it', 'Redux: get rid of it', 'redux, lose it'],
  },
  {
    name: 'must be able to use a skill',
    base: {},
    patch: { add_required_skills: ['Figma'] },
    say: ['must be able to use Figma', 'must be able to design in figma'],
  },
  {
    name: 'outside the place asked for is fine: the place no longer narrows',
    base: { location: { countries: ['US'] } },
    patch: { clear: ['location'] },
    say: [
      'outside the US is fine',
      'people outside the US are welcome',
      'non-US people are ok too',
    ],
  },
  {
    name: 'anywhere but the place is still a leaving-out',
    base: { location: { countries: ['US'] } },
    patch: { location: { exclude_countries: ['US'] } },
    say: ['anywhere but the US is fine', 'anyone outside the US', 'outside the US only'],
  },
  {
    name: 'hours a day are five days a week',
    base: {},
    patch: { availability: { min_hours_per_week: 20 } },
    say: ['needs to commit 4 hours a day', '4 hours daily', 'at least 4 hrs/day'],
  },
  {
    name: 'hours a day beside a clock are its overlap',
    base: {},
    patch: { location: { overlap_with: { timezone: 'Europe/London', hours: 4 } } },
    say: ['4 hours a day overlap with London', 'at least 4 hours a day of overlap with London'],
  },
  {
    name: 'a filter said to be flexible goes',
    base: { hourly_rate: { max: 60 } },
    patch: { clear: ['hourly_rate'] },
    say: ['budget is flexible', 'the rate is negotiable'],
  },
];

describe('widening and the rest', () => {
  itReadsEachFamily(FAMILIES);

  it('"nothing else" never drops the skill named beside it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('React', 'Redux', 'Jest'),
        fc.constantFrom('just S, nothing else', 'S and nothing else', 'S only, no other skills'),
        (skill, form) => {
          const patch = patchOf(form.replace('S', skill), HELD);
          expect(patch.remove_required_skills ?? []).not.toContain(skill);
          expect(patch.remove_preferred_skills ?? []).not.toContain(skill);
        },
      ),
    );
  });

  it('a place allowed with "outside" or "non-" is never left out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(['US', 'the US'], ['DE', 'Germany'], ['IN', 'India']),
        fc.constantFrom('outside P is fine', 'people outside P are welcome too', 'outside P is ok'),
        ([code, name], form) => {
          const say = form.replace('P', name);
          for (const base of [{}, { location: { countries: [code] } }])
            expect(patchOf(say, base).location?.exclude_countries ?? []).not.toContain(code);
        },
      ),
    );
  });
});
