import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Profile, isTimeZone } from '../../../src/index/profile.js';
import { loadRegions, loadTaxonomy } from '../../../src/reference/fixtures.js';
import { generateProfiles, type SeededProfile } from '../../../src/seed/generate.js';
import { BADGE_RULES } from '../../../src/seed/history.js';

const AS_OF = '2025-06-01';
const take = (count: number, seed: number | string = 7, startIndex?: number): SeededProfile[] => [
  ...generateProfiles({ count, seed, asOf: AS_OF, startIndex }),
];
const sample = take(2_000);

// Generating thousands of profiles takes a few seconds, more on a busy 2-core CI machine than
// vitest's default 5 s timeout allows; the checks are unchanged.
describe('generateProfiles', { timeout: 60_000 }, () => {
  it('is deterministic for a seed and differs between seeds', () => {
    // A second generation of the sample's first 200 (its seed; the sample is the first).
    expect(take(200)).toEqual(sample.slice(0, 200));
    const other = take(200, 'other');
    expect(other.map((p) => p.profile.name)).not.toEqual(
      sample.slice(0, 200).map((p) => p.profile.name),
    );
  });

  it('gives the same profile i whatever the start index', () => {
    const slice = take(50, 7, 1_000);
    expect(slice).toEqual(sample.slice(1_000, 1_050));
    expect(new Set(sample.map((p) => p.profile.external_id)).size).toBe(sample.length);
  });

  it('produces profiles that pass the import schema', () => {
    for (const { profile } of sample) expect(Profile.safeParse(profile).error).toBeUndefined();
  });

  it('opts about 2% out of AI features', () => {
    // The sample is seeded, so its share is the same every run; 2,000 profiles put 1% on either
    // side of 2% at three standard deviations.
    const share = sample.filter((p) => !p.profile.ai_opt_in).length / sample.length;
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.03);
  });

  it('keeps stats consistent with the work history', () => {
    for (const { profile } of sample) {
      const { stats, work_history: history } = profile;
      const finished = history.filter((w) => w.end !== undefined);
      const ratings = finished.flatMap((w) =>
        w.outcome?.rating !== undefined ? [w.outcome.rating] : [],
      );
      expect(stats.jobs_completed).toBeGreaterThanOrEqual(finished.length);
      expect(stats.reviews_count).toBe(ratings.length);
      if (ratings.length === 0) expect(stats.rating).toBeUndefined();
      else {
        const mean = ratings.reduce((a, b) => a + b) / ratings.length;
        expect(Math.abs(stats.rating! - mean)).toBeLessThanOrEqual(0.05 + 1e-9);
      }
      if (stats.jobs_completed < 3) expect(stats.job_success).toBeUndefined();
      const listed = history.reduce((sum, w) => sum + (w.amount_usd ?? 0), 0);
      expect(stats.total_earnings_usd).toBeGreaterThanOrEqual(Math.floor(listed));
      if (history.some((w) => w.hourly)) expect(stats.total_hours).toBeGreaterThan(0);
      for (const w of history) if (w.end === undefined) expect(w.outcome).toBeUndefined();
    }
  });

  it('never dates finished work, membership or skills after asOf', () => {
    for (const { profile } of sample) {
      expect(profile.stats.member_since <= AS_OF).toBe(true);
      for (const w of profile.work_history) {
        expect(w.start >= profile.stats.member_since && w.start <= AS_OF).toBe(true);
        if (w.end) expect(w.end >= w.start && w.end <= AS_OF).toBe(true);
      }
      if (profile.availability.available_from)
        expect(profile.availability.available_from > AS_OF).toBe(true);
    }
  });

  it('gives badges only to those whose stats earn them', () => {
    const r = BADGE_RULES;
    const counts = { expert: 0, rising: 0, top: 0 };
    const asOfMs = Date.parse(AS_OF);
    for (const { profile, truth } of sample) {
      const { badges, stats } = profile;
      if (badges.includes('top_rated')) {
        counts.top++;
        expect(stats.job_success).toBeGreaterThanOrEqual(r.topRated.minJobSuccess);
        expect(stats.total_earnings_usd).toBeGreaterThanOrEqual(r.topRated.minEarnings);
      }
      if (badges.includes('top_rated_plus')) {
        expect(badges).toContain('top_rated');
        expect(stats.total_earnings_usd).toBeGreaterThanOrEqual(r.topRatedPlus.minEarnings);
      }
      if (badges.includes('rising_talent')) {
        counts.rising++;
        expect(badges).not.toContain('top_rated');
        expect((asOfMs - Date.parse(stats.member_since)) / 86_400_000).toBeLessThan(
          r.risingTalent.maxMemberDays,
        );
        expect(stats.jobs_completed).toBeLessThanOrEqual(r.risingTalent.maxJobs);
      }
      if (badges.includes('expert_vetted')) {
        counts.expert++;
        expect(truth.quality).toBeGreaterThanOrEqual(r.expertVetted.minQuality);
      }
    }
    expect(counts.expert / sample.length).toBeLessThan(0.03);
    expect(counts.rising).toBeGreaterThan(0);
    expect(counts.top).toBeGreaterThan(0);
  });

  it('builds coherent people: skills, specialties, agencies and new freelancers', () => {
    const taxonomy = loadTaxonomy();
    const canonical = new Set(taxonomy.skills.map((s) => s.name));
    const known = new Set(taxonomy.skills.flatMap((s) => [s.name, ...s.synonyms]));
    let mentions = 0;
    let synonyms = 0;
    for (const { profile, truth } of sample) {
      expect(profile.skills.length).toBeGreaterThanOrEqual(3);
      expect(profile.skills.length).toBeLessThanOrEqual(15);
      expect(truth.specialties.length).toBeGreaterThan(0);
      for (const s of profile.skills) {
        expect(known.has(s.name)).toBe(true);
        mentions++;
        if (!canonical.has(s.name)) synonyms++;
      }
    }
    expect(synonyms / mentions).toBeGreaterThan(0.04);
    expect(synonyms / mentions).toBeLessThan(0.15);
    const agencies =
      sample.filter((p) => p.profile.talent_type === 'agency').length / sample.length;
    expect(agencies).toBeGreaterThan(0.04);
    expect(agencies).toBeLessThan(0.12);
    const strongNew = sample.filter(
      (p) => p.profile.stats.jobs_completed <= 3 && p.truth.quality > 0.75,
    );
    expect(strongNew.length).toBeGreaterThan(20);
  });

  it('streams without holding every profile in memory', () => {
    // Heap figures mean something only after a collection: uncollected garbage from a busy
    // run once looked like 157 MB held. Holding all 4,000 profiles takes about 30 MB.
    v8.setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    collect();
    const before = process.memoryUsage().heapUsed;
    let count = 0;
    for (const { profile } of generateProfiles({ count: 4_000, seed: 'memory', asOf: AS_OF })) {
      count += profile.skills.length > 0 ? 1 : 0;
    }
    expect(count).toBe(4_000);
    collect();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(15 * 1024 * 1024);
    const lazy = generateProfiles({ count: 1e12, seed: 1, asOf: AS_OF });
    expect(lazy.next().done).toBe(false);
  }, 60_000);
});

describe('fixtures', () => {
  it('has a taxonomy whose references resolve and whose aliases are unambiguous', () => {
    const { categories, skills } = loadTaxonomy();
    expect(skills.length).toBeGreaterThanOrEqual(300);
    expect(categories.length).toBeGreaterThanOrEqual(12);
    const ids = new Set(skills.map((s) => s.id));
    const categoryIds = new Set(categories.map((c) => c.id));
    const aliases = new Map<string, string>();
    for (const s of skills) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(categoryIds.has(s.category)).toBe(true);
      for (const ref of [...s.parents, ...s.related])
        expect(ids.has(ref), `${s.id} -> ${ref}`).toBe(true);
      for (const alias of [s.name, ...s.synonyms]) {
        const key = alias.toLowerCase();
        expect(aliases.get(key) ?? s.id, `alias "${alias}"`).toBe(s.id);
        aliases.set(key, s.id);
      }
    }
    expect(ids.size).toBe(skills.length);
    for (const c of categories) expect(skills.some((s) => s.category === c.id)).toBe(true);
  });

  it('has seven regions, each with countries, and real time zones', () => {
    const { regions, countries } = loadRegions();
    expect(regions).toEqual([
      'europe',
      'north_america',
      'latin_america',
      'asia',
      'oceania',
      'africa',
      'middle_east',
    ]);
    expect(countries.length).toBeGreaterThanOrEqual(45);
    for (const region of regions) expect(countries.some((c) => c.region === region)).toBe(true);
    for (const c of countries) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.cities.length).toBeGreaterThan(0);
      for (const tz of c.timezones) expect(isTimeZone(tz), tz).toBe(true);
      for (const tz of Object.values(c.city_timezones ?? {})) expect(c.timezones).toContain(tz);
    }
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
  });
});
