import autocannon from 'autocannon';
import { ensureAccount } from '../accounts/accounts.js';
import { printTable } from '../cli/table.js';
import type { Account, AppContext } from '../context.js';
import { searchFreelancers } from '../search/search.js';
import { createHttpApp, listen } from '../transports/http.js';
import { createApiKey } from '../auth/api-keys.js';
import { bareSdkApp } from './bare-sdk-server.js';
import { startServe, type ServedProcesses } from './served.js';
import { latencyStats, ms } from './stats.js';
import { benchQueries } from './workload.js';

// Throughput over Streamable HTTP on loopback, with autocannon in this process, beside two
// baselines from the same run: the engine called in-process (what the MCP layer adds), and a
// trivial MCP call (what the SDK's stateless mode costs by itself).

const SECONDS = 10;

export interface HttpBench {
  rows: { path: string; connections: number; rps: number; p50: number; p99: number }[];
}

export async function benchHttp(
  ctx: AppContext,
  _local: Account,
  o: { connections: number; workers?: number },
): Promise<HttpBench> {
  // A scratch account, so the run neither spends nor is stopped by a real account's quota, and no
  // rate limit: this measures the server, not its fences.
  const account = await ensureAccount(ctx.db, {
    id: `bench-${process.pid}`,
    name: 'Benchmark',
    plan: 'max',
  });
  const benchCtx = {
    ...ctx,
    config: { ...ctx.config, rateLimitPerMinute: 1e9, rateLimitPerIpPerMinute: 1e9 },
  };
  const app = createHttpApp(benchCtx, { authenticate: async () => account });
  const { server, url } = await listen(app, 0, '127.0.0.1');
  const queries = benchQueries();
  const rows: HttpBench['rows'] = [];
  let served: ServedProcesses | undefined;
  try {
    const call = (id: number, method: string, params: unknown) =>
      JSON.stringify({ jsonrpc: '2.0', id, method, params });
    const searches = queries.map((q, i) =>
      call(i, 'tools/call', { name: 'search_freelancers', arguments: { ...q, limit: 5 } }),
    );
    const list = [call(1, 'tools/list', {})];
    // With --workers, search and its tools/list baseline go to `serve --workers N` processes
    // (their own cores), authenticated by a scratch key of the bench account, limits lifted.
    let target = { url, headers: {} as Record<string, string>, label: '' };
    if (o.workers && ctx.config.databaseUrl) {
      const key = await createApiKey(ctx.db, { plan: 'max', accountId: account.id });
      served = await startServe(o.workers, {
        DATABASE_URL: ctx.config.databaseUrl,
        AUTH_MODE: 'apikey',
        RATE_LIMIT_PER_MINUTE: '1000000000',
        RATE_LIMIT_PER_IP_PER_MINUTE: '1000000000',
      });
      target = {
        url: served.url,
        headers: { authorization: `Bearer ${key.key}` },
        label: ` (serve --workers ${o.workers})`,
      };
    }
    for (const connections of [1, o.connections]) {
      rows.push({
        path: `search_freelancers over HTTP${target.label}`,
        connections,
        ...(await load(target.url, searches, connections, target.headers)),
      });
    }
    rows.push({
      path: `baseline: trivial MCP call (tools/list)${target.label}`,
      connections: o.connections,
      ...(await load(target.url, list, o.connections, target.headers)),
    });
    if (served) {
      await served.stop();
      rows.push({
        path: 'baseline: trivial MCP call (tools/list), in-process',
        connections: o.connections,
        ...(await load(url, list, o.connections)),
      });
    }
    const bare = await listen(bareSdkApp(), 0, '127.0.0.1');
    try {
      rows.push({
        path: 'baseline: bare SDK stateless server (tools/list)',
        connections: o.connections,
        ...(await load(bare.url, [call(1, 'tools/list', {})], o.connections)),
      });
    } finally {
      bare.server.close();
    }
    for (const connections of [1, o.connections]) {
      rows.push({
        path: 'baseline: engine in-process',
        connections,
        ...(await inProcess(ctx, account, queries, connections)),
      });
    }
  } finally {
    await served?.stop();
    server.close();
    await ctx.db.deleteFrom('api_keys').where('account_id', '=', account.id).execute();
    await ctx.db.deleteFrom('accounts').where('id', '=', account.id).execute();
  }
  return { rows };
}

async function load(
  url: string,
  bodies: string[],
  connections: number,
  headers: Record<string, string> = {},
) {
  const result = await autocannon({
    url: `${url}/mcp`,
    connections,
    duration: SECONDS,
    requests: bodies.map((body) => ({
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
        ...headers,
      },
    })),
  });
  if (result.non2xx > 0)
    throw new Error(`${result.non2xx} of ${result.requests.total} HTTP calls failed`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function inProcess(
  ctx: AppContext,
  account: Account,
  queries: ReturnType<typeof benchQueries>,
  connections: number,
) {
  const samples: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < until) {
      const q = queries[next++ % queries.length];
      const t = performance.now();
      await searchFreelancers(ctx, account, q, { limit: 5 });
      samples.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const s = latencyStats(samples);
  return { rps: samples.length / SECONDS, p50: s.p50, p99: s.p99 };
}

export function printHttpBench(r: HttpBench, where: string): void {
  console.log(
    `\nThroughput and latency over Streamable HTTP on loopback (${where}; ${SECONDS} s each)\n`,
  );
  printTable(
    ['path', 'connections', 'calls/s', 'p50 ms', 'p99 ms'],
    r.rows.map((x) => [
      x.path,
      String(x.connections),
      Math.round(x.rps).toLocaleString('en'),
      ms(x.p50),
      ms(x.p99),
    ]),
  );
  const http1 = r.rows.find((x) => x.path.startsWith('search') && x.connections === 1)!;
  const engine1 = r.rows.find((x) => x.path.includes('engine') && x.connections === 1)!;
  const lists = r.rows.filter((x) => x.path.includes('(tools/list)') && !x.path.includes('bare'));
  // Search is compared with tools/list of the same servers; the bare SDK with the in-process one.
  const list = lists[0];
  const inProcessList = lists[lists.length - 1];
  const bare = r.rows.find((x) => x.path.includes('bare SDK'))!;
  const search = r.rows.find(
    (x) => x.path.startsWith('search') && x.connections === list.connections,
  )!;
  console.log(
    `\ntools/list (in-process) at ${Math.round((inProcessList.rps / bare.rps) * 100)}% of the bare SDK server's calls/s; ` +
      `search at ${Math.round((search.rps / list.rps) * 100)}% of tools/list's on the same server (${list.connections} connections)`,
  );
  console.log(
    `MCP layer overhead at one connection: p50 ${ms(http1.p50)} ms vs ${ms(engine1.p50)} ms in-process (${signedPercent(http1.p50 / engine1.p50 - 1)})`,
  );
}

function signedPercent(fraction: number): string {
  const percent = Math.round(fraction * 100);
  return `${percent >= 0 ? '+' : '−'}${Math.abs(percent)}%`;
}
