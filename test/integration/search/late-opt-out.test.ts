import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { relevantReviews } from '../../../src/search/explain/reviews.js';
import type { TestDatabase } from '../../helpers/database.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { openSeeded } from '../../helpers/seeded.js';
import { BRIEF, open, startHttp } from '../handoff/setup.js';

// A freelancer who opts out after a search was stored leaves every answer at once: the next page,
// more_candidates, refine and its movement, review quotes, get_profile, handoff and its links, and
// the demo marketplace pages.

let handle: TestDatabase;
let ctx: AppContext;
let client: Client;
let http: { url: string; close: () => Promise<void> };

let searchId: string;
let cursor: string;
let stored: { freelancer_id: string }[];
let leader: string; // on the first page
let paged: string; // first of the second page
let handoffLinks: {
  job_post_url: string;
  freelancers: { freelancer_id: string; profile_url: string; invite_url: string }[];
};

type Out = { candidates: { freelancer_id: string }[]; next_cursor?: string; search_id: string };

beforeAll(async () => {
  ({ handle, ctx } = await openSeeded());
  http = await startHttp(ctx, accountA);
  client = await connectClient(ctx, accountA);

  const first = await call(client, 'search_freelancers', { query: 'React developer', limit: 3 });
  const out = first.structuredContent as Out;
  searchId = out.search_id;
  cursor = out.next_cursor!;
  const row = await ctx.db
    .selectFrom('search_sessions')
    .select('results')
    .where('id', '=', searchId)
    .executeTakeFirstOrThrow();
  stored = (typeof row.results === 'string' ? JSON.parse(row.results) : row.results).candidates;
  leader = stored[0].freelancer_id;
  paged = stored[3].freelancer_id;

  const hand = await call(client, 'handoff_to_hire', {
    freelancer_ids: [leader, stored[1].freelancer_id],
    job: BRIEF,
    action: 'invite',
  });
  expect(hand.isError, textOf(hand)).toBeFalsy();
  handoffLinks = (hand.structuredContent as { links: typeof handoffLinks }).links;

  await ctx.db
    .updateTable('freelancers')
    .set({ ai_opt_in: false })
    .where('external_id', 'in', [leader, paged])
    .execute();
});
afterAll(async () => {
  await client?.close();
  await http?.close();
  await handle?.close();
});

const gone = () => [leader, paged];
const ids = (r: { structuredContent?: unknown }) =>
  ((r.structuredContent as Out).candidates ?? []).map((c) => c.freelancer_id);

describe('a freelancer who opted out after the search was stored', () => {
  it('is on no later page, through search_freelancers or more_candidates', async () => {
    const page = await call(client, 'search_freelancers', {
      query: 'React developer',
      cursor,
      limit: 3,
    });
    expect(page.isError, textOf(page)).toBeFalsy();
    expect(ids(page)).not.toContain(paged);
    expect(ids(page)).toEqual(stored.slice(4, 6).map((c) => c.freelancer_id));
    const more = await call(client, 'more_candidates', { cursor, limit: 5 });
    expect(ids(more)).not.toContain(paged);
    expect(JSON.stringify(more)).not.toContain(paged);
  });

  it('is in neither the refined list nor its movement', async () => {
    const refined = await call(client, 'refine_search', {
      search_id: searchId,
      add_preferred_skills: ['TypeScript'],
      limit: 5,
    });
    expect(refined.isError, textOf(refined)).toBeFalsy();
    const text = JSON.stringify(refined);
    for (const id of gone()) expect(text).not.toContain(id);
  });

  it('has no review quoted', async () => {
    const reviews = await relevantReviews(ctx.db, gone(), [], 'React developer');
    expect(reviews.size).toBe(0);
  });

  it('has no profile and cannot be handed off', async () => {
    for (const id of gone()) {
      const profile = await call(client, 'get_profile', { freelancer_id: id, search_id: searchId });
      expect(profile.isError).toBe(true);
      const hand = await call(client, 'handoff_to_hire', {
        freelancer_ids: [id],
        job: BRIEF,
        action: 'invite',
      });
      expect(hand.isError).toBe(true);
    }
  });

  it('is dropped from the links of a handoff made before, and from the demo pages', async () => {
    const mine = handoffLinks.freelancers.find((f) => f.freelancer_id === leader)!;
    for (const link of [mine.profile_url, mine.invite_url]) {
      expect((await open(link)).status).toBe(410);
    }
    const post = await open(handoffLinks.job_post_url);
    expect(post.status).toBe(302);
    const location = post.headers.get('location')!;
    expect(location).not.toContain(leader);
    expect(location).toContain(stored[1].freelancer_id);

    const profilePage = await fetch(`${http.url}/demo/freelancers/${encodeURIComponent(leader)}`);
    expect(profilePage.status).toBe(404);
    const jobPage = await fetch(
      `${http.url}/demo/job-post?title=x&freelancers=${encodeURIComponent(gone().join(','))}`,
    );
    const body = await jobPage.text();
    for (const id of gone()) expect(body).not.toContain(id);
  });
});
