import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataDirCopy, startServe, type ServeProcess } from '../helpers/server-process.js';

// The whole `shortlist serve` process: on SIGTERM it stops accepting connections, finishes the
// call in flight, closes the database and exits 0. The call is held in flight deterministically by
// sending its headers and only half its body before the signal.

let serve: ServeProcess;
let port: number;

beforeAll(async () => {
  serve = await startServe({ SHORTLIST_DATA_DIR: await demoDataDirCopy(), LOG_LEVEL: 'info' });
  port = Number(new URL(serve.url).port);
});

afterAll(async () => {
  await serve?.stop('SIGKILL');
});

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

describe('shortlist serve on SIGTERM', () => {
  it('finishes the call in flight, refuses new connections, and exits 0', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'get_profile', arguments: { freelancer_id: 'nobody-here' } },
    });
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

    const exited = serve.stop('SIGTERM');
    await waitFor(() => serve.output().includes('draining requests in flight'));
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
    expect(serve.child.exitCode).toBeNull();

    socket.end(body.slice(half));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    const json = JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4));
    expect(json).toMatchObject({ jsonrpc: '2.0', id: 7, result: { isError: true } });
    expect(json.result.content[0].text).toMatch(/nobody-here|no freelancer|not found/i);

    const code = await exited;
    if (code !== 0) console.error(serve.output().slice(-3000));
    expect(code).toBe(0);
    expect(serve.output()).toContain('"msg":"stopped"');
  });
});
