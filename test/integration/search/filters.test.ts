import { describe, expect, it } from 'vitest';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { utcOffsetHours, workdayOverlapHours } from '../../../src/reference/timezones.js';
import { testDatabase } from '../../helpers/database.js';
import { call, textOf } from '../../helpers/mcp.js';
import { useSeededClient } from '../../helpers/seeded.js';

// Every returned candidate is checked against the database row behind it, filter by filter.

const CASES: Record<string, unknown>[] = [
  { query: 'react developer', required_skills: ['ReactJS'], hourly_rate: { min: 30, max: 70 } },
  {
    query: 'backend engineer',
    required_skills: ['NodeJS', 'Postgres'],
    location: { regions: ['europe', 'latin_america'] },
  },
  {
    query: 'designer',
    location: { countries: ['US', 'ca'] },
    min_rating: 4.5,
    min_jobs_completed: 5,
  },
  {
    query: 'devops k8s',
    location: { overlap_with: { timezone: 'America/New_York', hours: 5 } },
    experience_level: 'expert',
  },
  {
    query: 'content writer',
    languages: [{ code: 'es', min_level: 'fluent' }],
    availability: { min_hours_per_week: 30 },
  },
  {
    query: 'shopify store',
    badges: ['top_rated'],
    talent_type: 'independent',
    min_job_success: 90,
  },
  { query: 'data scientist python', location: { utc_offset_min: 4, utc_offset_max: 9 }, limit: 20 },
  { query: 'mobile app', talent_type: 'agency', availability: { start_by: '2026-11-15' } },
];

describe(`hard filters on ${testDatabase}`, () => {
  const seeded = useSeededClient({ shared: true });

  it.each(CASES)('no candidate breaks a hard filter: %o', async (args) => {
    const result = await call(seeded.client, 'search_freelancers', { limit: 20, ...args });
    expect(result.isError, textOf(result)).toBeFalsy();
    const out = SearchOutput.parse(result.structuredContent);
    expect(out.candidates.length, `no candidates for ${JSON.stringify(args)}`).toBeGreaterThan(0);
    const graph = await seeded.ctx.skillGraph();
    const a = args as never as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const c of out.candidates) {
      const f = await seeded.ctx.db
        .selectFrom('freelancers')
        .selectAll()
        .where('external_id', '=', c.freelancer_id)
        .executeTakeFirstOrThrow();
      expect(f.ai_opt_in).toBe(true);
      for (const s of a.required_skills ?? []) expect(f.skill_ids).toContain(graph.resolve(s)!.id);
      if (a.hourly_rate?.min) expect(f.hourly_rate_usd).toBeGreaterThanOrEqual(a.hourly_rate.min);
      if (a.hourly_rate?.max) expect(f.hourly_rate_usd).toBeLessThanOrEqual(a.hourly_rate.max);
      if (a.location?.countries)
        expect(a.location.countries.map((x: string) => x.toUpperCase())).toContain(
          f.country.trim(),
        );
      if (a.location?.regions) expect(a.location.regions).toContain(f.region);
      const offset = utcOffsetHours(f.timezone, seeded.ctx.clock());
      if (a.location?.utc_offset_min !== undefined)
        expect(offset).toBeGreaterThanOrEqual(a.location.utc_offset_min);
      if (a.location?.utc_offset_max !== undefined)
        expect(offset).toBeLessThanOrEqual(a.location.utc_offset_max);
      if (a.location?.overlap_with) {
        const clientOffset = utcOffsetHours(a.location.overlap_with.timezone, seeded.ctx.clock());
        expect(workdayOverlapHours(offset, clientOffset)).toBeGreaterThanOrEqual(
          a.location.overlap_with.hours,
        );
      }
      if (a.min_rating) expect(f.rating).toBeGreaterThanOrEqual(a.min_rating);
      if (a.min_jobs_completed)
        expect(f.jobs_completed).toBeGreaterThanOrEqual(a.min_jobs_completed);
      if (a.min_job_success) expect(f.job_success).toBeGreaterThanOrEqual(a.min_job_success);
      if (a.experience_level === 'expert') expect(f.experience_years).toBeGreaterThanOrEqual(6);
      if (a.availability?.min_hours_per_week)
        expect(f.hours_per_week).toBeGreaterThanOrEqual(a.availability.min_hours_per_week);
      if (a.availability?.start_by && f.available_from)
        expect(f.available_from <= a.availability.start_by).toBe(true);
      if (a.talent_type && a.talent_type !== 'any') expect(f.talent_type).toBe(a.talent_type);
      if (a.badges)
        expect(f.badges.some((b) => b === 'top_rated' || b === 'top_rated_plus')).toBe(true);
      for (const l of a.languages ?? []) {
        const spoken = await seeded.ctx.db
          .selectFrom('freelancer_languages')
          .selectAll()
          .where('freelancer_id', '=', f.id)
          .where('code', '=', l.code)
          .executeTakeFirst();
        expect(spoken?.level_rank ?? 0).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('never returns or counts opt-out profiles', async () => {
    const optedOut = await seeded.ctx.db
      .selectFrom('freelancers')
      .select(['external_id', 'title', 'skill_ids'])
      .where('ai_opt_in', '=', false)
      .execute();
    expect(optedOut.length).toBeGreaterThan(10);
    // Search for each opted-out person's own title: the words that would find them first.
    for (const person of optedOut.slice(0, 6)) {
      const result = await call(seeded.client, 'search_freelancers', {
        query: person.title,
        limit: 20,
      });
      const out = SearchOutput.parse(result.structuredContent);
      expect(out.candidates.map((c) => c.freelancer_id)).not.toContain(person.external_id);
    }
    // Counts: for a skill an opted-out person shows, total_matches counts only those opted in.
    const graph = await seeded.ctx.skillGraph();
    const skill = graph.get(optedOut[0].skill_ids[0])!;
    const result = await call(seeded.client, 'search_freelancers', {
      query: skill.name,
      required_skills: [skill.name],
    });
    const out = SearchOutput.parse(result.structuredContent);
    const rows = await seeded.ctx.db
      .selectFrom('freelancers')
      .select(['ai_opt_in', 'skill_ids'])
      .execute();
    const withSkill = rows.filter((r) => r.skill_ids.includes(skill.id));
    expect(withSkill.some((r) => !r.ai_opt_in)).toBe(true);
    expect(out.total_matches).toBe(withSkill.filter((r) => r.ai_opt_in).length);
  });

  it('says which constraint to relax, with measured counts, when few match', async () => {
    const result = await call(seeded.client, 'search_freelancers', {
      query: 'react developer',
      required_skills: ['React'],
      hourly_rate: { max: 12 },
      location: { countries: ['DE'] },
    });
    const out = SearchOutput.parse(result.structuredContent);
    expect(out.total_matches).toBeLessThan(5);
    const relax = out.notices.find((n) => n.includes('from anywhere'));
    expect(relax, out.notices.join('\n')).toBeDefined();
    const gain = Number(relax!.match(/\+(\d+)/)![1]);
    const withoutLocation = await call(seeded.client, 'search_freelancers', {
      query: 'react developer',
      required_skills: ['React'],
      hourly_rate: { max: 12 },
    });
    expect(SearchOutput.parse(withoutLocation.structuredContent).total_matches).toBe(
      out.total_matches + gain,
    );
  });
});
