import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSharedServer, type RunningServer } from './harness.js';

// /metrics in Prometheus text format, counting tool calls by tool and outcome, with latencies.

let server: RunningServer;
let freelancerId: string;
beforeAll(async () => {
  server = await startSharedServer();
  const row = await server.ctx.db
    .selectFrom('freelancers')
    .select('external_id')
    .where('ai_opt_in', '=', true)
    .executeTakeFirstOrThrow();
  freelancerId = row.external_id;
});
afterAll(async () => {
  await server?.stop();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : undefined;
}

describe('/metrics', () => {
  it('counts tool calls by tool and outcome, with a latency histogram', async () => {
    const client = await server.connect();
    await client.callTool({ name: 'get_profile', arguments: { freelancer_id: freelancerId } });
    await client.callTool({ name: 'get_profile', arguments: { freelancer_id: freelancerId } });
    const missing = await client.callTool({
      name: 'get_profile',
      arguments: { freelancer_id: 'nobody-by-that-id' },
    });
    expect(missing.isError).toBe(true);

    const text = await scrape();
    expect(sample(text, 'shortlist_tool_calls_total{tool="get_profile",outcome="ok"}')).toBe(2);
    expect(sample(text, 'shortlist_tool_calls_total{tool="get_profile",outcome="error"}')).toBe(1);
    expect(
      sample(text, 'shortlist_tool_call_duration_seconds_count{tool="get_profile",outcome="ok"}'),
    ).toBe(2);
    expect(
      sample(
        text,
        'shortlist_tool_call_duration_seconds_bucket{le="+Inf",tool="get_profile",outcome="ok"}',
      ),
    ).toBe(2);
    expect(
      sample(text, 'shortlist_http_responses_total{route="/mcp",status="200"}'),
    ).toBeGreaterThan(3);
  });
});
