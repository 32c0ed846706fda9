import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, hashApiKey, revokeApiKey } from '../../../src/auth/api-keys.js';
import {
  initializeRequest,
  postMcp,
  startSharedServer,
  type RunningServer,
} from '../http/harness.js';

// AUTH_MODE=apikey: keys are required, stored hashed, and revocable.

let server: RunningServer;
beforeAll(async () => {
  server = await startSharedServer({ AUTH_MODE: 'apikey' });
});
afterAll(async () => {
  await server?.stop();
});

describe('API keys', () => {
  it('answers 401 with WWW-Authenticate without a key', async () => {
    const response = await postMcp(server.mcpUrl, initializeRequest);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="shortlist"');
    expect((await response.json()).error.message).toMatch(/API key is required/);
  });

  it('accepts a key made for a pro account and stores only its hash', async () => {
    const created = await createApiKey(server.ctx.db, { plan: 'pro', name: 'Acme' });
    expect(created.key).toMatch(/^sl_[\w-]{32}$/);
    const client = await server.connect({ authorization: `Bearer ${created.key}` });
    await client.listTools();
    const row = await server.ctx.db
      .selectFrom('api_keys')
      .selectAll()
      .where('id', '=', created.keyId)
      .executeTakeFirstOrThrow();
    expect(row.key_hash).toBe(hashApiKey(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.last_used_at).not.toBeNull();
    const account = await server.ctx.db
      .selectFrom('accounts')
      .select('plan')
      .where('id', '=', created.accountId)
      .executeTakeFirst();
    expect(account?.plan).toBe('pro');
  });

  it('refuses an unknown key and a revoked one with invalid_token', async () => {
    const created = await createApiKey(server.ctx.db, { plan: 'free' });
    const ok = await postMcp(server.mcpUrl, initializeRequest, {
      authorization: `Bearer ${created.key}`,
    });
    expect(ok.status).toBe(200);
    expect(await revokeApiKey(server.ctx.db, created.keyId)).toBe(true);
    for (const key of [created.key, 'sl_made-up-key-that-was-never-issued']) {
      const response = await postMcp(server.mcpUrl, initializeRequest, {
        authorization: `Bearer ${key}`,
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    }
  });
});
