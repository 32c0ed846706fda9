import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  initializeRequest,
  postMcp,
  startServer,
  startSharedServer,
  type RunningServer,
} from './harness.js';

// Browsers (DESIGN §7): a foreign Origin on /mcp is refused with 403, no Origin passes, CORS names
// only an allowed origin, and /metrics answers no web page.

let open: RunningServer;
let allowing: RunningServer;

beforeAll(async () => {
  open = await startSharedServer();
  allowing = await startServer(
    { ALLOWED_ORIGINS: 'https://chatgpt.com/' },
    { database: open.database },
  );
});
afterAll(async () => {
  await allowing?.stop();
  await open?.stop();
});

describe('Origin on /mcp', () => {
  it('refuses a foreign origin with 403 and lets a request without Origin through', async () => {
    const foreign = await postMcp(open.mcpUrl, initializeRequest, {
      origin: 'https://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect((await foreign.json()).error.message).toMatch(/ALLOWED_ORIGINS/);
    const native = await postMcp(open.mcpUrl, initializeRequest);
    expect(native.status).toBe(200);
  });

  it("lets a page of the server's own origin through, and not one on another port", async () => {
    const own = new URL(open.mcpUrl);
    const same = await postMcp(open.mcpUrl, initializeRequest, { origin: own.origin });
    expect(same.status).toBe(200);
    const otherPort = `${own.protocol}//${own.hostname}:${Number(own.port) + 1}`;
    const other = await postMcp(open.mcpUrl, initializeRequest, { origin: otherPort });
    expect(other.status).toBe(403);
  });

  it('allows the origins in ALLOWED_ORIGINS and names only them in CORS', async () => {
    const post = await postMcp(allowing.mcpUrl, initializeRequest, {
      origin: 'https://chatgpt.com',
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe('https://chatgpt.com');
    expect(post.headers.get('access-control-expose-headers')).toMatch(/WWW-Authenticate/);
    const refused = await postMcp(allowing.mcpUrl, initializeRequest, {
      origin: 'https://x.example',
    });
    expect(refused.status).toBe(403);
  });

  it('answers a preflight from an allowed origin only', async () => {
    const preflight = (origin: string) =>
      fetch(allowing.mcpUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type, mcp-protocol-version',
        },
      });
    const ok = await preflight('https://chatgpt.com');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://chatgpt.com');
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Mcp-Protocol-Version/);
    const foreign = await preflight('https://evil.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('/metrics', () => {
  it('answers a scraper and refuses web pages, even allowed ones', async () => {
    expect((await fetch(`${open.url}/metrics`)).status).toBe(200);
    for (const headers of <Record<string, string>[]>[
      { origin: 'https://chatgpt.com' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-origin' },
    ]) {
      const res = await fetch(`${allowing.url}/metrics`, { headers });
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
