import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
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

// With authentication on (apikey), the demo marketplace pages show profile data only to the
// holder of a valid handoff link, and only the freelancers of that handoff: ids cannot be walked.

let handle: TestDatabase;
let ctx: AppContext;
let client: Client;
let http: { url: string; close: () => Promise<void> };
let links: {
  job_post_url: string;
  freelancers: { freelancer_id: string; profile_url: string; invite_url: string }[];
};

beforeAll(async () => {
  handle = await openSharedFixtures();
  ({ ctx } = contextAt(handle, AS_OF, { AUTH_MODE: 'apikey' }));
  const account = await accountFor(ctx, 'acct_demo_access', 'pro');
  http = await startHttp(ctx, account);
  client = await connect(ctx, account);
  const result = await call(client, 'handoff_to_hire', {
    freelancer_ids: ['fx_ana'],
    job: BRIEF,
    action: 'invite',
  });
  expect(result.isError, textOf(result)).toBeFalsy();
  links = (result.structuredContent as { links: typeof links }).links;
});
afterAll(async () => {
  await client?.close();
  await http?.close();
});

const page = async (path: string) => {
  const res = await fetch(path.startsWith('http') ? path : `${http.url}${path}`);
  return { status: res.status, body: await res.text() };
};

describe('demo marketplace pages in apikey mode', () => {
  it('refuse a profile without a handoff token, or with a forged one', async () => {
    for (const path of [
      '/demo/freelancers/fx_ana',
      '/demo/freelancers/fx_ben',
      '/demo/freelancers/fx_ana?token=abc.def',
    ]) {
      const { status, body } = await page(path);
      expect(status).toBe(403);
      expect(body).not.toContain('Ana Fixture');
      expect(body).not.toContain('Ben Newcomer');
    }
  });

  it('list nobody on a job post without a token', async () => {
    const { body } = await page('/demo/job-post?title=x&freelancers=fx_ana,fx_ben,fx_olga');
    expect(body).not.toMatch(/Ana Fixture|Ben Newcomer/);
  });

  it("show the handoff's own freelancers to the holder of its link, and no one else", async () => {
    const invite = await open(links.freelancers[0].invite_url);
    expect(invite.status).toBe(302);
    const profile = await page(invite.headers.get('location')!);
    expect(profile.status).toBe(200);
    expect(profile.body).toContain('Ana Fixture');

    const token = new URL(invite.headers.get('location')!).searchParams.get('token')!;
    const other = await page(`/demo/freelancers/fx_ben?token=${encodeURIComponent(token)}`);
    expect(other.status).toBe(403);

    const post = await open(links.job_post_url);
    const jobPage = await page(post.headers.get('location')!);
    expect(jobPage.body).toContain('Ana Fixture');
    // Its profile links carry the token on, so they open.
    const href = /href="(\/demo\/freelancers\/[^"]+)"/
      .exec(jobPage.body)![1]
      .replace(/&amp;/g, '&');
    expect((await page(href)).status).toBe(200);
  });
});
