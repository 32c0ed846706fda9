import type { Express } from 'express';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// Prometheus metrics, one registry per HTTP app (so tests can run several apps in one process).
// Tool calls are counted by tool and outcome: ok, error (an expected refusal: bad input, quota,
// not found) and failure (our bug or an outage).

export type ToolOutcome = 'ok' | 'error' | 'failure';

export interface Metrics {
  registry: Registry;
  recordToolCall: (tool: string, outcome: ToolOutcome, ms: number) => void;
  recordHttp: (route: string, status: number) => void;
  routes: (app: Express) => void;
}

export function createMetrics(options: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'shortlist_' });
  const calls = new Counter({
    name: 'shortlist_tool_calls_total',
    help: 'MCP tool calls by tool and outcome',
    labelNames: ['tool', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'shortlist_tool_call_duration_seconds',
    help: 'MCP tool call latency, server side, by tool and outcome',
    labelNames: ['tool', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const http = new Counter({
    name: 'shortlist_http_responses_total',
    help: 'HTTP responses by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  return {
    registry,
    recordToolCall: (tool, outcome, ms) => {
      calls.inc({ tool, outcome });
      latency.observe({ tool, outcome }, ms / 1000);
    },
    recordHttp: (route, status) => http.inc({ route, status: String(status) }),
    routes: (app) => {
      app.get('/metrics', async (_req, res) => {
        res.set('Content-Type', registry.contentType).send(await registry.metrics());
      });
    },
  };
}
