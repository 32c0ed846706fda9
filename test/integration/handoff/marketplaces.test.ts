import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createHandoff } from '../../../src/handoff/create-handoff.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from '../profiles/fixtures.js';
import { accountFor, contextAt, openSharedFixtures } from '../profiles/setup.js';
import { BRIEF, open, startHttp } from './setup.js';

let handle: TestDatabase;

beforeAll(async () => {
  handle = await openSharedFixtures();
});
afterAll(async () => {});

async function redirectsOf(env: Record<string, string>) {
  const { ctx } = contextAt(handle, AS_OF, env);
  const account = await accountFor(ctx, 'acct_market', 'pro');
  const http = await startHttp(ctx, account);
  try {
    const h = await createHandoff(ctx, account, {
      freelancer_ids: ['fx_ana'],
      job: BRIEF,
      action: 'invite',
    });
    const location = async (link: string) => new URL((await open(link)).headers.get('location')!);
    return {
      h,
      jobPost: await location(h.links.job_post_url),
      profile: await location(h.links.freelancers[0].profile_url),
      invite: await location(h.links.freelancers[0].invite_url),
      demoPage: (await fetch(`${http.url}/demo/job-post?title=x`)).status,
    };
  } finally {
    await http.close();
  }
}

describe('marketplace templates', () => {
  it('sends upwork handoffs to Upwork with the brief attached', async () => {
    const { h, jobPost, profile, invite, demoPage } = await redirectsOf({ MARKETPLACE: 'upwork' });
    expect(`${jobPost.origin}${jobPost.pathname}`).toBe('https://www.upwork.com/nx/job-post/');
    expect(jobPost.searchParams.get('title')).toBe(BRIEF.title);
    expect(jobPost.searchParams.get('skills')).toBe('React,Shopify');
    expect(jobPost.searchParams.get('ref')).toBe(h.handoff_id);
    expect(`${profile.origin}${profile.pathname}`).toBe(
      'https://www.upwork.com/freelancers/~fx_ana',
    );
    expect(invite.searchParams.get('description')).toBe(BRIEF.description);
    // The demo marketplace pages exist only when the demo marketplace is in use.
    expect(demoPage).toBe(404);
  });

  it('adds a marketplace from configuration', async () => {
    const templates = {
      acme: {
        profile: 'https://acme.example/talent/{id}',
        invite: 'https://acme.example/talent/{id}/invite',
        message: 'https://acme.example/inbox/new?to={id}',
        job_post: 'https://acme.example/jobs/new',
      },
    };
    const { invite, jobPost } = await redirectsOf({
      MARKETPLACE: 'acme',
      MARKETPLACE_TEMPLATES: JSON.stringify(templates),
    });
    expect(`${invite.origin}${invite.pathname}`).toBe('https://acme.example/talent/fx_ana/invite');
    expect(invite.searchParams.get('title')).toBe(BRIEF.title);
    expect(`${jobPost.origin}${jobPost.pathname}`).toBe('https://acme.example/jobs/new');
  });

  it('refuses a marketplace that is neither built in nor configured, with a one-line fix', () => {
    expect(() => loadConfig({ MARKETPLACE: 'acme' })).toThrow(
      /MARKETPLACE "acme" is not demo or upwork; define it in MARKETPLACE_TEMPLATES/,
    );
    expect(() => loadConfig({ MARKETPLACE_TEMPLATES: '{"acme":{"profile":"ftp://x"}}' })).toThrow(
      /^MARKETPLACE_TEMPLATES must be JSON such as/,
    );
  });
});
