import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// A country on one clock, said with time words, is that clock: "3 hours overlap with UK working
// hours" is an overlap with London, "within 2 hours of the UK" a band around it. "Asia-Pacific"
// is Asia, never the US Pacific clock. "Mid-level or senior": either will do, so the lower. A wish
// denied beside a requirement ("not a bonus, it's a must") or "not just nice to have" requires.
// "The minimum is too high, lower it to 20" moves the minimum (before: a $20 cap).

const FAMILIES: Family[] = [
  {
    name: 'hours of overlap with a country on one clock',
    base: {},
    patch: { location: { overlap_with: { timezone: 'Europe/London', hours: 3 } } },
    say: [
      'at least 3 hours overlap with UK working hours',
      '3 hours overlap with the UK',
      '3h overlap with british time',
    ],
  },
  {
    name: 'within hours of a country on one clock',
    base: {},
    patch: { location: { utc_offset_min: -2, utc_offset_max: 2 } },
    say: ['within 2 hours of the UK', 'within two hours of UK time'],
  },
  {
    name: 'Asia-Pacific is Asia',
    base: {},
    patch: { location: { utc_offset_min: 5, utc_offset_max: 9 } },
    say: ['Asia-Pacific time zones', 'APAC time zones', 'asia pacific time zones'],
  },
  {
    name: 'two levels joined by "or": the lower',
    base: {},
    patch: { experience_level: 'intermediate' },
    say: ['mid-level or senior', 'senior or mid-level people', 'intermediate or expert'],
  },
  {
    name: 'a wish denied beside a requirement, or more than a wish: required',
    base: { required_skills: ['React'], preferred_skills: ['GraphQL'] },
    patch: { add_required_skills: ['GraphQL'] },
    say: [
      "GraphQL isn't a nice-to-have anymore, it's required",
      "GraphQL is not a bonus, it's a must",
      'GraphQL is not just nice to have',
      "GraphQL isn't just a bonus",
    ],
  },
  {
    name: 'a wish denied alone: not wanted',
    base: { required_skills: ['React'], preferred_skills: ['jQuery'] },
    patch: { remove_required_skills: ['jQuery'], remove_preferred_skills: ['jQuery'] },
    say: ['jQuery is not a plus', "jQuery isn't a bonus for us", 'no jQuery, not even as a bonus'],
  },
  {
    name: 'a side named, then "it" moved: that side',
    base: { hourly_rate: { min: 30, max: 60 } },
    patch: { hourly_rate: { min: 20, max: 60 } },
    say: [
      'minimum is too high, drop it to 20',
      'the minimum is too high, lower it to 20',
      'min rate too high, bring it down to 20',
      'the floor is too high, make it 20',
    ],
  },
];

describe('country clocks and either level', () => {
  itReadsEachFamily(FAMILIES);

  it('lowering the side named never sets the other side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 29 }), (n) => {
        const patch = patchOf(`the minimum is too high, lower it to ${n}`, {
          hourly_rate: { min: 30, max: 60 },
        });
        expect(patch.hourly_rate).toEqual({ min: n, max: 60 });
      }),
    );
  });

  it('Asia-Pacific never reads as the US Pacific clock', () => {
    expect(patchOf('Asia-Pacific please')).toEqual({ location: { regions: ['asia'] } });
  });

  it('a country with hours of overlap is never a band of width zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(['the UK', 'Europe/London'], ['Germany', 'Europe/Berlin']),
        (n, [place, zone]) => {
          const patch = patchOf(`at least ${n} hours overlap with ${place}`);
          expect(patch.location?.overlap_with).toEqual({ timezone: zone, hours: n });
        },
      ),
    );
  });
});
