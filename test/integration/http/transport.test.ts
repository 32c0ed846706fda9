import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initializeRequest, postMcp, startSharedServer, type RunningServer } from './harness.js';

// The HTTP surface of /mcp that every client relies on, over a real socket.

let server: RunningServer;
beforeAll(async () => {
  server = await startSharedServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('Streamable HTTP on /mcp', () => {
  it('initializes a real MCP client and lists tools, statelessly', async () => {
    const client = await server.connect();
    expect(client.getServerVersion()?.name).toBe('shortlist');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toContain('get_profile');
    // Without OAuth there is nothing to sign in to, so no tool declares securitySchemes.
    expect(tools.every((t) => t._meta?.securitySchemes === undefined)).toBe(true);
    await client.ping();
  });

  it('answers GET and DELETE with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(server.mcpUrl, {
        method,
        headers: { accept: 'text/event-stream' },
      });
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
      expect((await response.json()).error.message).toMatch(/stateless/);
    }
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await postMcp(server.mcpUrl, initializeRequest, {
      'x-request-id': 'req-abc.123',
    });
    expect(given.headers.get('x-request-id')).toBe('req-abc.123');
    const bad = await postMcp(server.mcpUrl, initializeRequest, {
      'x-request-id': 'no spaces <allowed>',
    });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(server.mcpUrl, {
        method: 'POST',
        headers: { host: 'evil.example.com', 'content-type': 'application/json' },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify(initializeRequest));
    });
    expect(status).toBe(403);
  });

  it('caps the body at 1 MB with 413 and a JSON-RPC error', async () => {
    const huge = {
      ...initializeRequest,
      params: { ...initializeRequest.params, pad: 'x'.repeat(1_100_000) },
    };
    const response = await postMcp(server.mcpUrl, huge);
    expect(response.status).toBe(413);
    const body = await response.json();
    expect(body.jsonrpc).toBe('2.0');
    expect(body.error.message).toMatch(/larger than 1mb/);
  });

  it('answers malformed JSON with a JSON-RPC parse error', async () => {
    const response = await postMcp(server.mcpUrl, '{"jsonrpc": "2.0", ');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe(-32700);
  });

  it('serves /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toMatchObject({ ok: true });
  });
});
