import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { createHandoff } from '../../../src/handoff/create-handoff.js';
import { accountTag, signToken, type TokenPayload } from '../../../src/handoff/tokens.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from '../profiles/fixtures.js';
import { accountFor, contextAt, openSharedFixtures } from '../profiles/setup.js';
import { BRIEF, open, startHttp } from './setup.js';

let handle: TestDatabase;
let ctx: AppContext;
let clock: { now: Date };
let http: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  handle = await openSharedFixtures();
  ({ ctx, clock } = contextAt(handle, AS_OF));
  http = await startHttp(ctx, await accountFor(ctx, 'acct_a', 'pro'));
});
afterAll(async () => {
  await http?.close();
});

async function handoffOf(accountId: string) {
  const account = await accountFor(ctx, accountId, 'pro');
  return createHandoff(ctx, account, {
    freelancer_ids: ['fx_ana'],
    job: BRIEF,
    action: 'post_job',
  });
}

const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);
const decode = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()) as TokenPayload;

async function expectRefused(link: string, status: number, title: RegExp) {
  const res = await open(link);
  expect(res.status).toBe(status);
  expect(res.headers.get('location')).toBeNull();
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  const body = await res.text();
  expect(body).toMatch(title);
  expect(body).not.toMatch(/at .*\.(ts|js):\d+|Error:|select |handoffs/i);
}

describe('/h/{token}', () => {
  it('names the handoff and target but not the account id', async () => {
    const h = await handoffOf('acct_a');
    const payload = decode(tokenOf(h.links.freelancers[0].invite_url));
    expect(payload).toMatchObject({ h: h.handoff_id, t: 'invite:fx_ana', a: accountTag('acct_a') });
    expect(JSON.stringify(payload)).not.toContain('acct_a');
  });

  it('rejects a tampered token', async () => {
    const h = await handoffOf('acct_a');
    // The database is the worker's shared one (openSharedFixtures): no refused link adds an open.
    const opensNow = () => ctx.db.selectFrom('handoff_opens').selectAll().execute();
    const before = await opensNow();
    const token = tokenOf(h.links.job_post_url);
    const payload = decode(token);
    // Pointing the same signature at another target, or stretching the expiry, breaks it.
    for (const altered of [
      { ...payload, t: 'profile:fx_ben' },
      { ...payload, e: payload.e + 86_400 * 365 },
    ]) {
      const body = Buffer.from(JSON.stringify(altered)).toString('base64url');
      await expectRefused(`${http.url}/h/${body}.${token.split('.')[1]}`, 403, /has been altered/);
    }
    const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.at(-1);
    await expectRefused(`${http.url}/h/${flipped}`, 403, /has been altered/);
    await expectRefused(`${http.url}/h/not-a-token`, 400, /not complete/);
    expect(await opensNow()).toEqual(before);
  });

  it('rejects an expired token', async () => {
    const h = await handoffOf('acct_a');
    expect((await open(h.links.job_post_url)).status).toBe(302);
    clock.now = new Date(Date.parse(h.expires_at) + 1000);
    try {
      await expectRefused(h.links.job_post_url, 410, /has expired/);
    } finally {
      clock.now = AS_OF;
    }
  });

  it("rejects a token that claims another account's handoff", async () => {
    const theirs = await handoffOf('acct_b');
    const mine = decode(tokenOf((await handoffOf('acct_a')).links.job_post_url));
    // Even correctly signed, a token for account A cannot open account B's handoff.
    const forged = signToken({ ...mine, h: theirs.handoff_id }, await ctx.handoffSecret());
    await expectRefused(`${http.url}/h/${forged}`, 403, /not valid here/);
    // A token made by another install (another secret) is refused too.
    const other = signToken(
      decode(tokenOf(theirs.links.job_post_url)),
      Buffer.from('another-install-secret-0123456789'),
    );
    await expectRefused(`${http.url}/h/${other}`, 403, /has been altered/);
    expect((await open(theirs.links.job_post_url)).status).toBe(302);
  });

  it('reads the secret once per process, however many request contexts are made from it', async () => {
    // HTTP gives each request a copy of the context with its own logger.
    const perRequest = { ...ctx, logger: ctx.logger.child({ request: 1 }) };
    expect(perRequest.handoffSecret()).toBe(ctx.handoffSecret());
  });

  it('keeps links valid across restarts with the secret stored in the database', async () => {
    const h = await handoffOf('acct_a');
    const restarted = contextAt(handle, AS_OF).ctx;
    const server = await startHttp(restarted, await accountFor(restarted, 'acct_a', 'pro'));
    try {
      const res = await open(`${server.url}/h/${tokenOf(h.links.job_post_url)}`);
      expect(res.status).toBe(302);
      // A configured HANDOFF_SECRET replaces the stored one: the old links no longer verify.
      const configured = contextAt(handle, AS_OF, {
        HANDOFF_SECRET: 'a-configured-secret-of-32-chars!',
      }).ctx;
      expect((await configured.handoffSecret()).equals(await restarted.handoffSecret())).toBe(
        false,
      );
    } finally {
      await server.close();
    }
  });
});
