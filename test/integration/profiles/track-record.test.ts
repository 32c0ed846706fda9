import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { GetProfileOutput } from '../../../src/profiles/profile-schema.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from './fixtures.js';
import { accountFor, call, connect, contextAt, openSharedFixtures, textOf } from './setup.js';

// Ana's figures, worked out by hand from test/integration/profiles/fixtures.ts as of 2026-11-01:
// five finished contracts (the sixth is ongoing), on time 4 of 5, rehired 2 of 4 known, ratings
// 3, 5, 4.5, 5, 3.5 (lifetime 21 / 5 = 4.2), the last 12 months ended after 2025-11-01: 4.5, 5,
// 3.5 (13 / 3 = 4.33, up by 0.13), lengths 59, 20, 47, 40, 45 days (median 45).

let handle: TestDatabase;
let client: Client;

beforeAll(async () => {
  handle = await openSharedFixtures();
  const { ctx } = contextAt(handle, AS_OF);
  client = await connect(ctx, await accountFor(ctx, 'acct_pro', 'pro'));
});
afterAll(async () => {
  await client?.close();
});

async function profile(id: string) {
  const result = await call(client, 'get_profile', { freelancer_id: id });
  expect(result.isError, textOf(result)).toBeFalsy();
  return GetProfileOutput.parse(result.structuredContent);
}

describe('track_record', () => {
  it('matches the hand-computed figures of a fixture profile', async () => {
    const t = (await profile('fx_ana')).track_record!;
    expect(t.as_of).toBe('2026-11-01');
    expect(t.min_count).toBe(3);
    expect(t.on_time_rate).toEqual({ value: 0.8, count: 5, note: null });
    expect(t.rehire_rate).toEqual({ value: 0.5, count: 4, note: null });
    expect(t.rating_trend).toEqual({
      lifetime: { value: 4.2, count: 5, note: null },
      last_12_months: { value: 4.33, count: 3, note: null },
      direction: 'up',
    });
    expect(t.median_contract_days).toEqual({ value: 45, count: 5, note: null });
    expect(t.response_time_hours.value).toBe(3.5);
    expect(t.searched_skills).toBeNull();
  });

  it('withholds figures that rest on too few contracts', async () => {
    const t = (await profile('fx_ben')).track_record!;
    expect(t.on_time_rate).toEqual({
      value: null,
      count: 2,
      note: 'not enough history (2 of 3 needed)',
    });
    expect(t.rating_trend.lifetime.value).toBeNull();
    expect(t.rating_trend.direction).toBeNull();
    expect(t.response_time_hours).toEqual({ value: null, note: 'not stated on the profile' });
  });

  it('computes as of the server clock, not the newest contract', async () => {
    const { ctx } = contextAt(handle, new Date('2026-03-05T00:00:00Z'));
    const early = await connect(ctx, await accountFor(ctx, 'acct_pro', 'pro'));
    const result = await call(early, 'get_profile', { freelancer_id: 'fx_ana' });
    const t = GetProfileOutput.parse(result.structuredContent).track_record!;
    // Only the first three contracts had ended by then: on time 2 of 3, rated 3, 5, 4.5.
    expect(t.on_time_rate).toEqual({ value: 0.667, count: 3, note: null });
    expect(t.rating_trend.lifetime).toEqual({ value: 4.17, count: 3, note: null });
    await early.close();
  });
});

describe('get_profile', () => {
  it('shows the profile with local time, languages and recent feedback', async () => {
    const p = await profile('fx_ana');
    expect(p.profile!.skills.map((s) => s.name)).toEqual(['React', 'TypeScript', 'Python']);
    expect(p.profile!.local_time.time).toBe('12:00'); // Lisbon is on UTC in November
    expect(p.profile!.languages).toEqual([
      { code: 'pt', level: 'native' },
      { code: 'en', level: 'fluent' },
    ]);
    expect(p.work_history!.total).toBe(6);
    expect(p.work_history!.recent[0].title).toBe('Ongoing React work');
    expect(p.reviews!.map((r) => r.quote)).toEqual([
      'Excellent.',
      'Fast and careful.',
      'Solid work.',
    ]);
  });

  it('answers an opted-out profile exactly like an unknown id', async () => {
    const optedOut = await call(client, 'get_profile', { freelancer_id: 'fx_olga' });
    const unknown = await call(client, 'get_profile', { freelancer_id: 'fx_nobody' });
    expect(optedOut.isError).toBe(true);
    expect(unknown.isError).toBe(true);
    expect(textOf(optedOut).replace('fx_olga', 'X')).toBe(
      textOf(unknown).replace('fx_nobody', 'X'),
    );
    expect(textOf(optedOut)).toMatch(/No freelancer "fx_olga"/);
  });
});
