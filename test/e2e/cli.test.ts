import { spawnSync } from 'node:child_process';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, demoDataDirCopy, startServe, type ServeProcess } from '../helpers/server-process.js';

describe('shortlist serve and stdio on the embedded demo index', () => {
  let dataDir: string;
  let serve: ServeProcess;
  beforeAll(async () => {
    dataDir = await demoDataDirCopy();
    serve = await startServe({ SHORTLIST_DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await serve?.stop();
  });

  it('answers /healthz and prints how to connect', async () => {
    const res = await fetch(`${serve.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'embedded' });
    expect(serve.output()).toContain(`MCP endpoint:   ${serve.url}/mcp`);
    // the Inspector that runs on Node 20, pointed at this server
    expect(serve.output()).toContain(
      `MCP Inspector:  npx @modelcontextprotocol/inspector@0.15.0, then Streamable HTTP, ${serve.url}/mcp`,
    );
    expect(serve.output()).toContain('Claude Desktop');
  });

  it('initializes an MCP client over Streamable HTTP and lists tools', async () => {
    const client = new Client({ name: 'e2e', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${serve.url}/mcp`)));
    expect(client.getServerVersion()?.name).toBe('shortlist');
    const { tools } = await client.listTools();
    expect(Array.isArray(tools)).toBe(true);
    await client.close();
  });

  it('answers GET /mcp with 405, since the server is stateless', async () => {
    const res = await fetch(`${serve.url}/mcp`);
    expect(res.status).toBe(405);
  });

  it('initializes over stdio with nothing but protocol on stdout', async () => {
    const stdioDir = await demoDataDirCopy();
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [...CLI, 'stdio'],
      env: {
        ...(process.env as Record<string, string>),
        SHORTLIST_DATA_DIR: stdioDir,
        LOG_LEVEL: 'info',
      },
      stderr: 'pipe',
    });
    const client = new Client({ name: 'e2e-stdio', version: '1.0.0' });
    await client.connect(transport);
    expect(client.getServerVersion()?.name).toBe('shortlist');
    await client.listTools();
    for (const args of ['a string', [1, 2], null, 7]) {
      const answer = client.request(
        { method: 'tools/call', params: { name: 'search_freelancers', arguments: args as never } },
        CallToolResultSchema,
      );
      await expect(answer, JSON.stringify(args)).rejects.toMatchObject({ code: -32602 });
    }
    await client.close();
  });

  it('rejects an unknown command and a bad setting with a one-line fix', () => {
    const unknown = spawnSync(process.execPath, [...CLI, 'serv'], { encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "serv"');
    const bad = spawnSync(process.execPath, [...CLI, 'migrate'], {
      encoding: 'utf8',
      env: { ...process.env, PORT: 'x' },
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^shortlist: PORT .*"x"\)$/);
  });
});
