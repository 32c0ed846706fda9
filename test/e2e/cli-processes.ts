import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { describe, expect, it } from 'vitest';
import { CLI, demoDataDirCopy, type ServeProcess } from '../helpers/server-process.js';

// The whole `shortlist serve` process, from its first answer to its shutdown, and `shortlist stdio`
// on a copy of the demo index of its own. Run last by widget.test.ts, on the server its browser
// tests use (the demo index, LOG_LEVEL info): a server of its own was a process start, a demo copy
// and a test file's worth of CPU. The last test stops that server.

/** The tests of the CLI's processes, on `stack.serve` (read inside the tests); they stop it. */
export function describeCliProcesses(stack: { serve: ServeProcess }): void {
  describe('shortlist serve and stdio on the embedded demo index', () => {
    it('answers /healthz and prints how to connect', async () => {
      const res = await fetch(`${stack.serve.url}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true, database: 'embedded' });
      expect(stack.serve.output()).toContain(`MCP endpoint:   ${stack.serve.url}/mcp`);
      // the Inspector that runs on Node 20, pointed at this server
      expect(stack.serve.output()).toContain(
        `MCP Inspector:  npx @modelcontextprotocol/inspector@0.15.0, then Streamable HTTP, ${stack.serve.url}/mcp`,
      );
      expect(stack.serve.output()).toContain('Claude Desktop');
    });

    it('initializes an MCP client over Streamable HTTP and lists tools', async () => {
      const client = new Client({ name: 'e2e', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${stack.serve.url}/mcp`)));
      expect(client.getServerVersion()?.name).toBe('shortlist');
      const { tools } = await client.listTools();
      expect(Array.isArray(tools)).toBe(true);
      await client.close();
    });

    it('answers GET /mcp with 405, since the server is stateless', async () => {
      const res = await fetch(`${stack.serve.url}/mcp`);
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
          {
            method: 'tools/call',
            params: { name: 'search_freelancers', arguments: args as never },
          },
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

    // The call is held in flight deterministically by sending its headers and only half its body
    // before the signal.
    it('on SIGTERM finishes the call in flight, refuses new connections, and exits 0', async () => {
      const body = JSON.stringify({
        jsonrpc: '2.0',
        id: 7,
        method: 'tools/call',
        params: { name: 'get_profile', arguments: { freelancer_id: 'nobody-here' } },
      });
      const port = Number(new URL(stack.serve.url).port);
      const socket = connect(port, '127.0.0.1');
      let response = '';
      socket.on('data', (chunk) => (response += String(chunk)));
      const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      const half = Math.floor(body.length / 2);
      socket.write(
        [
          'POST /mcp HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Content-Type: application/json',
          'Accept: application/json, text/event-stream',
          `Content-Length: ${Buffer.byteLength(body)}`,
          '',
          body.slice(0, half),
        ].join('\r\n'),
      );
      await new Promise((r) => setTimeout(r, 300));

      const exited = stack.serve.stop('SIGTERM');
      await waitFor(() => stack.serve.output().includes('draining requests in flight'));
      const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => false,
        () => true,
      );
      expect(refused).toBe(true);
      expect(stack.serve.child.exitCode).toBeNull();

      socket.end(body.slice(half));
      await closed;
      expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
      const json = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
      expect(json).toMatchObject({ jsonrpc: '2.0', id: 7, result: { isError: true } });
      expect(json.result.content[0].text).toMatch(/nobody-here|no freelancer|not found/i);

      const code = await exited;
      if (code !== 0) console.error(stack.serve.output().slice(-3000));
      expect(code).toBe(0);
      expect(stack.serve.output()).toContain('"msg":"stopped"');
    });
  });
}

function waitFor(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() > deadline) return reject(new Error('timed out'));
      setTimeout(tick, 25);
    };
    tick();
  });
}
