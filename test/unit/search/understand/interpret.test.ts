import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersInForce } from '../../../../src/core/hard-filters.js';
import { ShortlistError } from '../../../../src/errors.js';
import { utcOffsetHours, workdayOverlapHours } from '../../../../src/reference/timezones.js';
import { interpret } from '../../../../src/search/understand/interpret.js';
import {
  features,
  scoreSkills,
  type Weights,
} from '../../../../src/search/understand/need-model.js';
import { unusedWords } from '../../../../src/search/understand/read-words.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { fixtureGeo } from '../../fakes/reference.js';

// The understanding step over the real taxonomy, regions and vocabulary, without a database:
// what a client writes becomes skill ids, country and time-zone sets, and words that say so.

const graph = taxonomyGraph();
const geo = fixtureGeo();
const now = new Date('2026-12-01T12:00:00Z');
const read = (criteria: Parameters<typeof interpret>[0]) => interpret(criteria, graph, geo, now);
const id = (name: string) => graph.resolve(name)!.id;

describe('interpret: skills', () => {
  it('resolves a required skill by its synonym and accepts the narrower skills as evidence', () => {
    const plan = read({ query: 'dashboard', required_skills: ['ReactJS'] });
    expect(plan.required.map((t) => t.node.name)).toEqual(['React']);
    expect(plan.required[0].accepts).toEqual(expect.arrayContaining([id('React'), id('Next.js')]));
    expect(plan.interpreted.expansions).toContain('"ReactJS" → React');
    expect(plan.interpreted.required_skills[0].also_accepts).toContain('Next.js');
    expect(plan.interpreted.filters).toContain('must show React');
  });

  it('refuses an unknown required skill with the nearest names, but only notes a preferred one', () => {
    const unknown = () => read({ query: 'dashboard', required_skills: ['Reakt'] });
    expect(unknown).toThrow(ShortlistError);
    expect(unknown).toThrow(/"Reakt" is not a skill we know\. Did you mean "React"/);
    const plan = read({ query: 'dashboard', preferred_skills: ['Reakt'] });
    expect(plan.preferred).toEqual([]);
    expect(plan.notices).toEqual([
      '"Reakt" is not a skill we know; it counts only as text in the query.',
    ]);
  });

  it('counts a skill named twice in required skills once', () => {
    const plan = read({ query: 'x', required_skills: ['React', 'react.js', 'ReactJS'] });
    expect(plan.required).toHaveLength(1);
  });

  it('reads skills in the query, longest phrase first, and leaves named ones to their field', () => {
    const plan = read({ query: 'React Native and Python developer', required_skills: ['Python'] });
    expect(plan.interpreted.skills_in_query).toEqual(['React Native']);
    expect(plan.querySkills.every((t) => t.node.id !== id('Python'))).toBe(true);
  });

  it('reads an everyday word as a skill only when written as a name', () => {
    expect(read({ query: 'I want to go fast' }).interpreted.skills_in_query).not.toContain('Go');
    expect(read({ query: 'a Go backend' }).interpreted.skills_in_query).toContain('Go');
    const bubble = read({ query: 'answer the chat bubble on our site' });
    expect(bubble.interpreted.skills_in_query).not.toContain('Bubble.io');
    expect(read({ query: 'an app built on Bubble' }).interpreted.skills_in_query).toContain(
      'Bubble.io',
    );
  });

  it('reads a tool named after an everyday thing only under its capital', () => {
    const skills = (query: string) => read({ query }).interpreted.skills_in_query;
    expect(skills('an illustrator for my picture book')).toContain('Illustration');
    expect(skills('an illustrator for my picture book')).not.toContain('Adobe Illustrator');
    expect(skills('vector logos drawn in Illustrator')).toContain('Adobe Illustrator');
    expect(skills('blueprints for a garage conversion')).not.toContain('Unreal Blueprints');
    expect(skills('replace a capacitor on our circuit board')).not.toContain('Capacitor');
  });

  it('never reads a weekday as a tool, even with its capital', () => {
    const weekly = read({ query: 'a sales report our managers open every Monday' });
    expect(weekly.interpreted.skills_in_query).not.toContain('monday.com');
    const named = read({ query: 'set up our monday.com boards' });
    expect(named.interpreted.skills_in_query).toContain('monday.com');
  });

  it('reads a need in plain words through the vocabulary, and can be told not to', () => {
    const plan = read({ query: 'someone to build my online store' });
    expect(plan.querySkills.some((t) => t.source === 'vocabulary')).toBe(true);
    expect(plan.interpreted.understood.some((u) => u.source === 'vocabulary')).toBe(true);
    const off = interpret({ query: 'someone to build my online store' }, graph, geo, now, {
      vocabulary: false,
      learned: false,
      fulltext: false,
    });
    expect(off.querySkills.some((t) => t.source === 'vocabulary')).toBe(false);
  });

  it("drops a category's broad guesses beside a specific reading, however many of them agree", () => {
    const skills = (query: string) => read({ query }).querySkills.map((t) => t.node.name);
    // "shop", "stock" and "orders" are each the e-commerce category's broad guess.
    expect(
      skills('our shop sells on Amazon and the stock and orders are all over the place'),
    ).toEqual(['Amazon Seller Central']);
    // Alone, they still say what the request is about.
    expect(skills('our shop, its stock and its orders')).toContain('E-commerce Development');
  });

  it('refuses a request with no words and no skills', () => {
    expect(() => read({ query: ' ?! ' })).toThrow(/no words to search for/);
    expect(read({ query: ' ', required_skills: ['Python'] }).required).toHaveLength(1);
  });
});

describe('interpret: places, time zones and the rest', () => {
  it('expands regions to their countries, beside the countries named', () => {
    const plan = read({ query: 'designer', location: { regions: ['oceania'], countries: ['de'] } });
    expect(plan.countries).toEqual(expect.arrayContaining(['DE', 'AU', 'NZ']));
    expect(plan.countries).not.toContain('US');
  });

  it('sets aside the countries of an excluded region and refuses an unknown code', () => {
    const plan = read({ query: 'designer', location: { exclude_regions: ['north_america'] } });
    expect(plan.excludedCountries).toEqual(expect.arrayContaining(['US', 'CA']));
    expect(plan.countries).toBeUndefined();
    expect(() => read({ query: 'designer', location: { countries: ['XX'] } })).toThrow(
      /"XX" is not a country code we know/,
    );
  });

  it('keeps exactly the time zones inside the offset window', () => {
    fc.assert(
      fc.property(fc.integer({ min: -12, max: 14 }), fc.integer({ min: 0, max: 8 }), (min, w) => {
        const max = Math.min(14, min + w);
        const plan = read({ query: 'x', location: { utc_offset_min: min, utc_offset_max: max } });
        const inside = (tz: string) => {
          const o = utcOffsetHours(tz, now);
          return o >= min && o <= max;
        };
        expect(plan.timezones!.every(inside)).toBe(true);
        expect(geo.timezones.filter(inside).sort()).toEqual([...plan.timezones!].sort());
      }),
      { numRuns: 40 },
    );
  });

  it('keeps only the time zones that share the hours asked for with the client', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Tokyo', 'Australia/Sydney'),
        fc.integer({ min: 1, max: 8 }),
        (timezone, hours) => {
          const plan = read({ query: 'x', location: { overlap_with: { timezone, hours } } });
          const client = utcOffsetHours(timezone, now);
          for (const tz of plan.timezones!)
            expect(workdayOverlapHours(utcOffsetHours(tz, now), client)).toBeGreaterThanOrEqual(
              hours,
            );
          expect(plan.timezones).toContain(timezone);
        },
      ),
      { numRuns: 30 },
    );
    expect(() =>
      read({ query: 'x', location: { overlap_with: { timezone: 'Mars/Olympus', hours: 2 } } }),
    ).toThrow(/not an IANA time zone/);
  });

  it('ranks languages and experience, notes a past start date, and says the filters in force', () => {
    const plan = read({
      query: 'translator',
      languages: [{ code: 'DE', min_level: 'fluent' }, { code: 'fr' }],
      experience_level: 'expert',
      availability: { start_by: '2026-11-01' },
    });
    expect(plan.languages).toEqual([
      { code: 'de', minRank: 3 },
      { code: 'fr', minRank: 2 },
    ]);
    expect(plan.minExperienceYears).toBe(6);
    expect(plan.notices.join(' ')).toMatch(/2026-11-01 is in the past/);
    expect(plan.interpreted.filters).toEqual(filtersInForce(plan));
    expect(plan.interpreted.filters).toContain('expert (6+ years in a skill)');
  });
});

describe('the learned need model, in memory', () => {
  const weights: Weights = new Map([
    ['candl', new Map([[id('Shopify'), 3]])],
    ['shop', new Map([[id('Shopify'), 2.5]])],
    ['candl shop', new Map([[id('Shopify'), 1.5]])],
    ['bakeri', new Map([[id('Brand Identity'), 2]])],
  ]);

  it('reads content stems and adjacent pairs, with their spans in the request', () => {
    const text = 'an online shop for my candles';
    const found = features(text);
    expect(found.map((f) => f.key)).toEqual(
      expect.arrayContaining(['onlin', 'shop', 'candl', 'shop candl']),
    );
    for (const f of found) expect(text.slice(f.start, f.end).length).toBeGreaterThan(0);
  });

  it('ranks skills by summed weight, with a confidence that grows with the evidence', () => {
    const one = scoreSkills(features('candles'), weights);
    const more = scoreSkills(features('a candle shop'), weights);
    expect(one[0].skillId).toBe(id('Shopify'));
    expect(more[0].skillId).toBe(id('Shopify'));
    expect(more[0].confidence).toBeGreaterThan(one[0].confidence);
    expect(more[0].because[0].key).toBe('candl');
  });

  it('keeps every confidence in 0..1 and counts a repeated word once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('candle', 'shop', 'bakery', 'for', 'my', 'candles'), {
          maxLength: 12,
        }),
        (ws) => {
          const guesses = scoreSkills(features(ws.join(' ')), weights);
          for (const g of guesses) {
            expect(g.confidence).toBeGreaterThanOrEqual(0);
            expect(g.confidence).toBeLessThanOrEqual(1);
          }
          const twice = scoreSkills(features([...ws, ...ws].join(' ')), weights);
          const score = (gs: typeof guesses) => gs.find((g) => g.skillId === id('Shopify'))?.score;
          if (!ws.includes('shop') && !ws.join(' ').includes('candle shop'))
            expect(score(twice) ?? 0).toBeCloseTo(score(guesses) ?? 0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the words no source used, without generic ones', () => {
    const text = 'senior developer for candles';
    const start = text.indexOf('candles');
    expect(unusedWords(text, [])).toEqual(['candles']);
    expect(unusedWords(text, [[start, start + 7]])).toEqual([]);
  });
});
