import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initializeRequest,
  postMcp,
  startSharedServer,
  toolCall,
  type RunningServer,
} from '../http/harness.js';
import { startIssuer, type TestIssuer } from './issuer.js';

// AUTH_MODE=oauth against a local issuer: metadata, token checks and account mapping over HTTP,
// on the worker's shared seeded index: the accounts checked are the ones this file's calls make.

const AUDIENCE = 'https://shortlist.test/mcp';
let issuer: TestIssuer;
let server: RunningServer;
let anonymousBefore: string[];

const anonymousIds = async () =>
  (
    await server.ctx.db
      .selectFrom('accounts')
      .select('id')
      .where('id', 'like', 'anon_%')
      .orderBy('id')
      .execute()
  ).map((a) => a.id);

beforeAll(async () => {
  issuer = await startIssuer(AUDIENCE);
  // No OAUTH_JWKS_URL: the server finds the JWKS through the issuer's metadata.
  server = await startSharedServer({
    AUTH_MODE: 'oauth',
    OAUTH_ISSUER: issuer.issuer,
    OAUTH_AUDIENCE: AUDIENCE,
  });
  anonymousBefore = await anonymousIds();
});
afterAll(async () => {
  await server?.stop();
  await issuer?.close();
});

function challengeOf(response: Response): string {
  return response.headers.get('www-authenticate') ?? '';
}

describe('OAuth protected resource', () => {
  it('serves RFC 9728 metadata at the /mcp-suffixed and the root well-known paths', async () => {
    for (const path of [
      '/.well-known/oauth-protected-resource/mcp',
      '/.well-known/oauth-protected-resource',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        resource: server.mcpUrl,
        authorization_servers: [issuer.issuer],
        bearer_methods_supported: ['header'],
      });
    }
  });

  it('lets a caller without a token initialize and search anonymously', async () => {
    const response = await postMcp(server.mcpUrl, initializeRequest);
    expect(response.status).toBe(200);
    const client = await server.connect();
    expect(client.getServerVersion()?.name).toBe('shortlist');
  });

  it('answers 401 with WWW-Authenticate and resource_metadata when a tool needs an account', async () => {
    const response = await postMcp(
      server.mcpUrl,
      toolCall('handoff_to_hire', { freelancer_ids: ['x'] }),
    );
    expect(response.status).toBe(401);
    expect(challengeOf(response)).toBe(
      `Bearer resource_metadata="${server.url}/.well-known/oauth-protected-resource/mcp"`,
    );
    expect((await response.json()).error.message).toMatch(
      /Sign in to Shortlist to use handoff_to_hire/,
    );
  });

  const badTokens: [string, () => Promise<string>, RegExp][] = [
    [
      'expired',
      () => issuer.sign({ sub: 'u1' }, { expiresIn: Math.floor(Date.now() / 1000) - 3600 }),
      /expired/,
    ],
    [
      'for another audience',
      () => issuer.sign({ sub: 'u1' }, { audience: 'https://other.example/mcp' }),
      /audience/,
    ],
    [
      'from another issuer',
      () => issuer.sign({ sub: 'u1' }, { issuer: 'https://evil.example' }),
      /issuer/,
    ],
    [
      'signed with an unpublished key',
      () => issuer.sign({ sub: 'u1' }, { foreignKey: 'other-kid' }),
      /unknown key/,
    ],
    [
      'signed with the wrong key under the right kid',
      () => issuer.sign({ sub: 'u1' }, { foreignKey: 'same-kid' }),
      /signature/,
    ],
    ['not a JWT at all', async () => 'not-a-jwt', /malformed/],
  ];
  for (const [label, makeToken, reason] of badTokens) {
    it(`refuses a token ${label} with 401 invalid_token`, async () => {
      const response = await postMcp(server.mcpUrl, initializeRequest, {
        authorization: `Bearer ${await makeToken()}`,
      });
      expect(response.status).toBe(401);
      const challenge = challengeOf(response);
      expect(challenge).toMatch(
        /^Bearer resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource\/mcp"/,
      );
      expect(challenge).toContain('error="invalid_token"');
      expect(challenge).toMatch(reason);
    });
  }

  it('maps a valid token to an account, made on first sight on the free plan', async () => {
    const token = await issuer.sign({ sub: 'user-42', name: 'Ada' });
    const client = await server.connect({ authorization: `Bearer ${token}` });
    await client.listTools();
    const accounts = await server.ctx.db
      .selectFrom('accounts')
      .selectAll()
      .where('name', '=', 'Ada')
      .execute();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ plan: 'free' });
    expect(accounts[0].id).toMatch(/^oauth_[0-9a-f]{24}$/);
  });

  it("takes the plan from the token's plan claim when the issuer states one", async () => {
    const token = await issuer.sign({ sub: 'user-pro', name: 'Grace', plan: 'pro' });
    const response = await postMcp(server.mcpUrl, initializeRequest, {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(200);
    const row = await server.ctx.db
      .selectFrom('accounts')
      .select('plan')
      .where('name', '=', 'Grace')
      .executeTakeFirst();
    expect(row?.plan).toBe('pro');
  });

  it('declares per-tool securitySchemes: public tools allow noauth, handoff needs oauth2', async () => {
    const client = await server.connect();
    const { tools } = await client.listTools();
    const schemes = Object.fromEntries(tools.map((t) => [t.name, t._meta?.securitySchemes]));
    expect(schemes.get_profile).toEqual([{ type: 'noauth' }, { type: 'oauth2' }]);
    expect(schemes.handoff_to_hire).toEqual([{ type: 'oauth2' }]);
  });

  it('gives the anonymous caller a free account of its own', async () => {
    const client = await server.connect();
    const result = await client.callTool({
      name: 'get_profile',
      arguments: { freelancer_id: 'x' },
    });
    expect(result.isError).toBe(true);
    // One account for every anonymous call this file made (all from 127.0.0.1).
    const made = (await anonymousIds()).filter((id) => !anonymousBefore.includes(id));
    expect(made).toEqual([expect.stringMatching(/^anon_[0-9a-f]{20}$/)]);
    const anon = await server.ctx.db
      .selectFrom('accounts')
      .select(['id', 'plan'])
      .where('id', 'in', made)
      .execute();
    expect(anon).toEqual([{ id: made[0], plan: 'free' }]);
  });
});
