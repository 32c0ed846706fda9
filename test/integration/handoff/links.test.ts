import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { AppContext } from '../../../src/context.js';
import { handoffConversion } from '../../../src/handoff/conversion.js';
import { createHandoff } from '../../../src/handoff/create-handoff.js';
import { handoffToHireTool } from '../../../src/tools/handoff-to-hire.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from '../profiles/fixtures.js';
import {
  accountFor,
  call,
  connect,
  contextAt,
  openSharedFixtures,
  textOf,
} from '../profiles/setup.js';
import { BRIEF, open, startHttp } from './setup.js';

let handle: TestDatabase;
let ctx: AppContext;
let client: Client;
let http: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  handle = await openSharedFixtures();
  ({ ctx } = contextAt(handle, AS_OF));
  const account = await accountFor(ctx, 'acct_links', 'pro');
  http = await startHttp(ctx, account);
  client = await connect(ctx, account);
});
afterAll(async () => {
  await client?.close();
  await http?.close();
});

async function handoff(args: Record<string, unknown> = {}) {
  const result = await call(client, 'handoff_to_hire', {
    freelancer_ids: ['fx_ana', 'fx_ben'],
    job: BRIEF,
    action: 'post_job',
    ...args,
  });
  expect(result.isError, textOf(result)).toBeFalsy();
  return {
    out: handoffToHireTool.outputSchema.parse(result.structuredContent),
    text: textOf(result),
  };
}

async function opens(handoffId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('handoff_opens')
    .select('target')
    .where('handoff_id', '=', handoffId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.target);
}

describe('handoff_to_hire', () => {
  it('records the handoff and links every target through /h/{token}', async () => {
    const { out, text } = await handoff();
    expect(out.handoff_id).toMatch(/^h_/);
    expect(out.expires_at).toBe(new Date(AS_OF.getTime() + 90 * 86_400_000).toISOString());
    const urls = [
      out.links.job_post_url,
      ...out.links.freelancers.flatMap((f) => [f.profile_url, f.invite_url, f.message_url]),
    ];
    for (const u of urls) expect(u.startsWith(`${http.url}/h/`)).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
    expect(out.links.freelancers.map((f) => f.freelancer_id)).toEqual(['fx_ana', 'fx_ben']);
    expect(out.summary).toContain('Ana Fixture and Ben Newcomer');
    expect(text).toContain(out.links.job_post_url);
    const row = await ctx.db
      .selectFrom('handoffs')
      .selectAll()
      .where('id', '=', out.handoff_id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      account_id: 'acct_links',
      action: 'post_job',
      marketplace: 'demo',
      freelancer_ids: ['fx_ana', 'fx_ben'],
    });
  });

  it('redirects the job post link to the demo job post with the brief and shortlist attached', async () => {
    const { out } = await handoff();
    const res = await open(out.links.job_post_url);
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${http.url}/demo/job-post`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      title: BRIEF.title,
      description: BRIEF.description,
      skills: 'React,Shopify',
      rate_min: '50',
      rate_max: '80',
      duration_weeks: '12',
      start_date: '2026-12-01',
      freelancers: 'fx_ana,fx_ben',
      ref: out.handoff_id,
    });
    const page = await fetch(location);
    expect(page.status).toBe(200);
    const body = await page.text();
    for (const shown of [
      BRIEF.title,
      'Rebuild our Shopify storefront',
      'Ana Fixture',
      'Ben Newcomer',
      '$50–80/h',
      '12 weeks',
    ]) {
      expect(body).toContain(shown);
    }
    expect(body).not.toContain('Olga');
  });

  it('redirects invite and message links to the freelancer with the brief', async () => {
    const { out } = await handoff({ action: 'invite' });
    const ana = out.links.freelancers[0];
    const invite = new URL((await open(ana.invite_url)).headers.get('location')!);
    expect(invite.pathname).toBe('/demo/freelancers/fx_ana');
    expect(invite.searchParams.get('action')).toBe('invite');
    expect(invite.searchParams.get('title')).toBe(BRIEF.title);
    expect(await (await fetch(invite)).text()).toContain('Invite Ana Fixture to this job');
    const profile = new URL((await open(ana.profile_url)).headers.get('location')!);
    expect(Object.fromEntries(profile.searchParams)).toEqual({
      title: BRIEF.title,
      ref: out.handoff_id,
    });
  });

  it('counts every open with its target', async () => {
    const { out } = await handoff();
    expect(await opens(out.handoff_id)).toEqual([]);
    await open(out.links.job_post_url);
    await open(out.links.job_post_url);
    await open(out.links.freelancers[1].message_url);
    expect(await opens(out.handoff_id)).toEqual(['job_post', 'job_post', 'message:fx_ben']);
  });

  it('counts conversion: handoffs made, handoffs opened, opens', async () => {
    const before = await handoffConversion(ctx.db, { accountId: 'acct_links' });
    const [a] = [(await handoff()).out, (await handoff()).out];
    await open(a.links.job_post_url);
    await open(a.links.freelancers[0].invite_url);
    expect(await handoffConversion(ctx.db, { accountId: 'acct_links' })).toEqual({
      created: before.created + 2,
      opened: before.opened + 1,
      opens: before.opens + 2,
    });
    expect(await handoffConversion(ctx.db, { accountId: 'someone_else' })).toEqual({
      created: 0,
      opened: 0,
      opens: 0,
    });
  });

  it('names unknown and opted-out freelancers', async () => {
    const result = await call(client, 'handoff_to_hire', {
      freelancer_ids: ['fx_ana', 'fx_olga', 'fx_ghost'],
      job: BRIEF,
      action: 'invite',
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toBe(
      'No freelancer "fx_olga", "fx_ghost" in the index. Use freelancer_id values from search_freelancers results.',
    );
  });

  it("refuses a search_id that is not the caller's own, whoever calls createHandoff", async () => {
    const input = { freelancer_ids: ['fx_ana'], job: BRIEF, action: 'invite' as const };
    const stranger = await accountFor(ctx, 'acct_stranger', 'pro');
    await expect(
      createHandoff(ctx, stranger, { ...input, search_id: 's_not_theirs' }),
    ).rejects.toThrow(/No search "s_not_theirs" for this account/);
    const before = await ctx.db.selectFrom('handoffs').select('id').execute();
    const result = await call(client, 'handoff_to_hire', { ...input, search_id: 's_gone' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/No search "s_gone" for this account/);
    expect(await ctx.db.selectFrom('handoffs').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses an account that is not signed in', async () => {
    const anonymous = await connect(ctx, { id: 'anonymous', plan: 'free', authenticated: false });
    const result = await call(anonymous, 'handoff_to_hire', {
      freelancer_ids: ['fx_ana'],
      job: BRIEF,
      action: 'invite',
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/needs a signed-in account/);
    await anonymous.close();
  });

  it('rejects a brief with both an hourly rate and a fixed budget', async () => {
    const result = await call(client, 'handoff_to_hire', {
      freelancer_ids: ['fx_ana'],
      job: { ...BRIEF, budget_usd: 5000 },
      action: 'post_job',
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/either hourly_rate .* or budget_usd/);
  });
});
