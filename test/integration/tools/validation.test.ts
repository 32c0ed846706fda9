import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, verifyToken } from '../../../src/handoff/tokens.js';
import { Profile as ProfileSchema } from '../../../src/index/profile.js';
import type { TestDatabase } from '../../helpers/database.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { initializeRequest, postMcp, startServer, toolCall } from '../http/harness.js';
import { ANA, AS_OF } from '../profiles/fixtures.js';
import { contextAt, openSharedFixtures } from '../profiles/setup.js';

// Input that is not plain text or not the right shape is refused with a message naming the
// field, never "Something went wrong".

let handle: TestDatabase;
let client: Client;

beforeAll(async () => {
  handle = await openSharedFixtures();
  const { ctx } = contextAt(handle, AS_OF);
  client = await connectClient(ctx, accountA);
});
afterAll(async () => {
  await client?.close();
});

describe('text inputs', () => {
  it.each([
    ['search_freelancers', { query: 'react\u0000dev' }, 'query'],
    ['search_freelancers', { query: 'react', required_skills: ['\uD800x'] }, 'required_skills'],
    ['refine_search', { search_id: 's_x', instruction: 'cheaper \uDC00' }, 'instruction'],
    ['get_profile', { freelancer_id: 'fx_ana\u0000' }, 'freelancer_id'],
    [
      'handoff_to_hire',
      {
        freelancer_ids: ['fx_ana'],
        action: 'invite',
        job: { title: 'Shop \uD83D', description: 'A shop for our goods, soon.', skills: [] },
      },
      'job',
    ],
  ])('%s refuses a NUL byte or a lone surrogate in %o', async (tool, args, field) => {
    const result = await call(client, tool, args);
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(/NUL byte or an unpaired surrogate/);
    expect(text).toContain(field);
    expect(text).not.toMatch(/Something went wrong/);
  });

  it('accepts emoji and other paired surrogates', async () => {
    const result = await call(client, 'search_freelancers', { query: 'React dev 🚀 für Ümlaut' });
    expect(result.isError, textOf(result)).toBeFalsy();
  });
});

describe('non-object arguments over HTTP', () => {
  it('get -32602', async () => {
    const server = await startServer({}, { database: handle });
    try {
      await postMcp(server.mcpUrl, initializeRequest);
      for (const args of ['a string', [1, 2], null, 7]) {
        const body = toolCall('search_freelancers', {}, 9) as { params: { arguments: unknown } };
        body.params.arguments = args;
        const res = await postMcp(server.mcpUrl, body);
        const json = await res.json();
        expect(json.error?.code, JSON.stringify(args)).toBe(-32602);
        expect(json.id).toBe(9);
      }
    } finally {
      await server.stop();
    }
  });
});

describe('handoff tokens and imports', () => {
  it('a signed token whose payload is not an object is malformed, not a crash', () => {
    const secret = Buffer.from('0123456789abcdef0123456789abcdef');
    for (const payload of [null, 42, 'x', []]) {
      const token = signToken(payload as never, secret);
      expect(verifyToken(token, secret, new Date())).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('imports only http(s) portfolio URLs', () => {
    const withUrl = (url: string) => ({
      ...ANA,
      portfolio: [{ title: 'P', description: 'D', skills: [], url }],
    });
    expect(ProfileSchema.safeParse(withUrl('https://example.com/p')).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd']) {
      expect(ProfileSchema.safeParse(withUrl(url)).success, url).toBe(false);
    }
  });
});
