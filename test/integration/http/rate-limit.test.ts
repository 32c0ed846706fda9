import { afterEach, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/auth/api-keys.js';
import { initializeRequest, postMcp, startSharedServer, type RunningServer } from './harness.js';

// Per-account and per-IP limits answer 429 with Retry-After and a JSON-RPC error. The servers run
// on the worker's shared seeded index: each account limit counts a key of the test's own, and the
// address limit starts from no hits (on the Postgres server the counts are in the database, where
// this file's and the worker's other HTTP calls from 127.0.0.1 were counted before).

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

// On the Postgres server the counts are kept in windows aligned to the minute (rate-limit-store.ts):
// calls that cross into the next minute count in two windows, and on a busy machine a test's
// calls sometimes did. A test that failed across a minute's edge runs once more, within one.
async function inOneWindow(run: () => Promise<void>): Promise<void> {
  const minute = () => Math.floor(Date.now() / 60_000);
  const started = minute();
  try {
    await run();
  } catch (err) {
    if (minute() === started) throw err;
    await server?.stop();
    server = undefined;
    await run();
  }
}

describe('rate limits', () => {
  it('limits each account on its own and says when to retry', () =>
    inOneWindow(async () => {
      server = await startSharedServer({ AUTH_MODE: 'apikey', RATE_LIMIT_PER_MINUTE: '3' });
      const a = await createApiKey(server.ctx.db, { plan: 'pro' });
      const b = await createApiKey(server.ctx.db, { plan: 'pro' });
      const asA = { authorization: `Bearer ${a.key}` };
      for (let i = 0; i < 3; i++) {
        expect((await postMcp(server.mcpUrl, initializeRequest, asA)).status).toBe(200);
      }
      const limited = await postMcp(server.mcpUrl, initializeRequest, asA);
      expect(limited.status).toBe(429);
      const retryAfter = Number(limited.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = await limited.json();
      expect(body).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32000 } });
      expect(body.error.message).toMatch(/Too many requests for this account; try again in \d+ s/);
      // Another account is not held back by the first one's traffic.
      const asB = { authorization: `Bearer ${b.key}` };
      expect((await postMcp(server.mcpUrl, initializeRequest, asB)).status).toBe(200);
    }));

  it('lets exactly the limit through when the calls arrive at once', () =>
    inOneWindow(async () => {
      // On a server, concurrent hits are counted by one statement: each must still get its own count.
      server = await startSharedServer({ AUTH_MODE: 'apikey', RATE_LIMIT_PER_MINUTE: '5' });
      const key = await createApiKey(server.ctx.db, { plan: 'pro' });
      const auth = { authorization: `Bearer ${key.key}` };
      const statuses = await Promise.all(
        Array.from({ length: 12 }, () =>
          postMcp(server!.mcpUrl, initializeRequest, auth).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(7);
    }));

  it('limits each client address before authentication', () =>
    inOneWindow(async () => {
      server = await startSharedServer({ AUTH_MODE: 'apikey', RATE_LIMIT_PER_IP_PER_MINUTE: '4' });
      await server.ctx.db.deleteFrom('rate_limit_windows').where('key', 'like', 'ip:%').execute();
      // Failed authentications count too: guessing keys is rate limited.
      for (let i = 0; i < 4; i++) {
        const response = await postMcp(server.mcpUrl, initializeRequest, {
          authorization: 'Bearer sl_guess',
        });
        expect(response.status).toBe(401);
      }
      const limited = await postMcp(server.mcpUrl, initializeRequest);
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      expect((await limited.json()).error.message).toMatch(/from this address/);
      // Health checks are never limited.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    }));
});
