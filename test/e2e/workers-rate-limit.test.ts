import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../helpers/server-process.js';
import { adminQuery } from '../helpers/templates.js';

// `serve --workers 2` on a Postgres server: two processes share the port, and the per-minute
// limit, counted in Postgres, holds across them (each process alone would allow the limit again).

const LIMIT = 4;
const admin = process.env.TEST_DATABASE_URL;

/** One POST on a fresh connection, so the cluster may hand each one to either process. */
function post(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} });
    const req = request(
      `${url}/mcp`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
          'mcp-protocol-version': '2025-06-18',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode!));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The processes that logged a line with this message. */
function pidsLogging(output: string, msg: string): Set<number> {
  return new Set(
    output
      .split('\n')
      .filter((line) => line.includes(`"msg":"${msg}"`))
      .map((line) => JSON.parse(line).pid),
  );
}

describe.runIf(admin)('serve --workers 2', () => {
  const name = `shortlist_workers_${randomBytes(4).toString('hex')}`;
  let serve: ServeProcess;
  beforeAll(async () => {
    await adminQuery(admin!, `create database ${name}`);
    const url = new URL(admin!);
    url.pathname = `/${name}`;
    serve = await startServe(
      {
        DATABASE_URL: url.toString(),
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
        RATE_LIMIT_PER_IP_PER_MINUTE: '1000',
      },
      120_000,
      ['--workers', '2'],
    );
    // The URL is printed once the first process listens; the second may still be starting, and
    // until it listens the cluster hands every connection to the first.
    const deadline = Date.now() + 60_000;
    while (pidsLogging(serve.output(), 'ready').size < 2) {
      if (Date.now() > deadline) throw new Error(`one server process ready:\n${serve.output()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(async () => {
    expect(await serve?.stop()).toBe(0);
    await adminQuery(admin!, `drop database if exists ${name} with (force)`);
  });

  it('answers from both processes and counts one limit across them', async () => {
    // The windows are whole minutes: start well inside one, so the count is not reset midway.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT * 3; i++) statuses.push(await post(serve.url));
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT * 2);
    expect(pidsLogging(serve.output(), 'request').size).toBe(2);
  });
});
