import { describe, expect, it } from 'vitest';
import { itReadsEachFamily, patchOf, type Family } from './instruction-patch.js';

// How strongly a thing is wanted. A required skill said to be a wish ("TypeScript's nice to
// have", "more of a bonus") becomes preferred; a bare "not required" after a comma is about the
// skill before it. A preference said with "would" ("we'd rather", "I'd prefer") is the verb
// "prefer", which filters a place as "prefer" does; an adverb of wish ("ideally") does not.

const FAMILIES: Family[] = [
  {
    name: 'a required skill said to be a wish or optional becomes preferred',
    base: { required_skills: ['React', 'TypeScript'] },
    patch: { remove_required_skills: ['TypeScript'], add_preferred_skills: ['TypeScript'] },
    say: [
      "TypeScript's nice to have, not required",
      'typescript is optional now',
      'TypeScript is more of a bonus tbh',
      "typescript would be nice but it's not a dealbreaker",
      "TypeScript's a plus, not a must",
      "they don't really need TypeScript",
    ],
  },
  {
    name: 'a preference said with "would" filters a place as "prefer" does',
    base: {},
    patch: { location: { regions: ['latin_america'] } },
    say: [
      "we'd rather hire someone in latin america",
      "I'd rather go with someone in Latin America",
      'we would prefer someone in latin america',
      "I'd like someone based in Latin America",
      'prefer Latin America',
    ],
  },
];

describe('how strongly a thing is wanted', () => {
  itReadsEachFamily(FAMILIES);

  it('a wish among several skills leaves the required ones required', () => {
    expect(patchOf('React and ideally TypeScript', { required_skills: ['React'] })).toEqual({
      add_preferred_skills: ['TypeScript'],
    });
  });

  it('"not optional" after a comma never drops the skill before it', () => {
    const patch = patchOf('React is required, not optional', { required_skills: ['React'] });
    expect(patch.remove_required_skills ?? []).not.toContain('React');
  });

  it('an adverb of wish still narrows no place; "rather than" still swaps', () => {
    expect(patchOf('ideally someone in latin america')).toEqual({});
    expect(patchOf('Poland rather than India', { location: { countries: ['IN'] } })).toEqual({
      location: { countries: ['PL'] },
    });
  });
});

describe('needed no more', () => {
  it('a required skill no longer needed is preferred, never left out', () => {
    const base = { required_skills: ['React', 'Node.js'] };
    const patch = { remove_required_skills: ['Node.js'], add_preferred_skills: ['Node.js'] };
    for (const say of [
      'node is no longer a must',
      'no longer need node',
      'node not needed any more',
      'i can live without node',
      "node isn't a dealbreaker",
      "don't filter on node",
      'node is a nice-to-have now',
      'move node to the nice to haves',
      'downgrade node to preferred',
    ])
      expect(patchOf(say, base), say).toEqual(patch);
  });

  it('a filter no longer needed is cleared, and a talent type no longer excluded allowed', () => {
    expect(patchOf('we no longer need a rate cap', { hourly_rate: { max: 40 } })).toEqual({
      clear: ['hourly_rate'],
    });
    expect(patchOf('agencies no longer excluded', { talent_type: 'independent' })).toEqual({
      talent_type: 'any',
    });
  });
});

describe('a language level said twice', () => {
  it('the level said last for a language is its floor', () => {
    for (const say of ['english has to be really good, like fluent', 'good English, fluent'])
      expect(patchOf(say), say).toEqual({ languages: [{ code: 'en', min_level: 'fluent' }] });
  });

  it('a higher level said as a wish leaves the floor said as a must', () => {
    for (const say of ['good english, ideally native', 'decent english, fluent would be better'])
      expect(patchOf(say), say).toEqual({
        languages: [{ code: 'en', min_level: 'conversational' }],
      });
  });
});
