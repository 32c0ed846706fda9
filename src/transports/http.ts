import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import express, { type Express, type Request, type Response } from 'express';
import { sql } from 'kysely';
import { createAuthenticator } from '../auth/authenticate.js';
import type { Account, AppContext } from '../context.js';
import { isDatabaseUnavailable } from '../db/faults.js';
import { publicErrorMessage } from '../errors.js';
import {
  bodyErrors,
  MAX_BODY,
  NON_OBJECT_ARGUMENTS,
  nonObjectArguments,
  rpcError,
} from '../http/body-errors.js';
import { cors, notForBrowsers, originGuard } from '../http/cors.js';
import { createMetrics, type Metrics } from '../http/metrics.js';
import { accountRateLimit, ipRateLimit } from '../http/rate-limit.js';
import { requestContext } from '../http/request-context.js';
import { requestScope } from '../logger.js';
import { toolCallHooks } from '../quota/hooks.js';
import { createServer } from '../server.js';
import { serveStatelessRequest } from './stateless.js';

// Stateless Streamable HTTP: a new McpServer and transport per request, all state in Postgres, so
// any number of processes can sit behind a load balancer. Order of the middleware: request id,
// Host allow-list (DNS rebinding), CORS, the unmetered routes, the per-IP limit, the body cap,
// then /mcp: authentication, the per-account limit, the MCP server.

export interface HttpOptions {
  /** Who is calling; by default from AUTH_MODE (src/auth/authenticate.ts). */
  authenticate?: (req: Request, res: Response) => Promise<Account | undefined>;
  /** Extra routes (handoff redirects, widget assets) mounted before /mcp. */
  routes?: (app: Express) => void;
  /** Defaults to a fresh registry without process metrics. */
  metrics?: Metrics;
}

export function createHttpApp(ctx: AppContext, options: HttpOptions = {}): Express {
  const { config } = ctx;
  const metrics = options.metrics ?? createMetrics();
  const auth = createAuthenticator(ctx);
  const authenticate = options.authenticate ?? auth.authenticate;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', trustProxyValue(config.trustProxy));

  app.use(
    requestContext(ctx.logger, (req, res) => {
      metrics.recordHttp(req.route?.path ?? 'other', res.statusCode);
    }),
  );
  app.use(hostHeaderValidation(allowedHostnames(ctx)));
  app.use(cors(config.allowedOrigins));
  app.use((_req, res, next) => {
    if (app.locals.draining) res.set('Connection', 'close');
    next();
  });

  // Liveness: the process answers. Readiness: the database answers too.
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, database: ctx.dbKind });
  });
  app.get('/readyz', async (req, res) => {
    const ready = await databaseAnswers(ctx);
    if (!ready) res.set('Retry-After', '5');
    res.status(ready ? 200 : 503).json({ ready, database: ctx.dbKind });
  });
  app.use('/metrics', notForBrowsers);
  metrics.routes(app);
  auth.routes(app);
  const sharedCounts = ctx.dbKind === 'server' ? ctx.db : undefined;
  app.use(ipRateLimit(config.rateLimitPerIpPerMinute, sharedCounts));
  app.use(express.json({ limit: MAX_BODY }));
  options.routes?.(app);

  app.post(
    '/mcp',
    originGuard(config.allowedOrigins),
    async (req, res, next) => {
      try {
        const account = await authenticate(req, res);
        if (!account) return;
        res.locals.account = account;
        res.locals.accountId = account.id;
        next();
      } catch (err) {
        failed(ctx, req, res, err);
      }
    },
    accountRateLimit(config.rateLimitPerMinute, sharedCounts),
    async (req, res) => {
      const invalid = nonObjectArguments(req.body);
      if (invalid) {
        res.json({
          jsonrpc: '2.0',
          id: invalid.id,
          error: NON_OBJECT_ARGUMENTS,
        });
        return;
      }
      try {
        const account = res.locals.account as Account;
        const requestCtx = { ...ctx, logger: req.log };
        const hooks = toolCallHooks(requestCtx, account, metrics.recordToolCall);
        const server = createServer({ ctx: requestCtx, account, hooks });
        // Inside the request's scope again: the body parser's callbacks run outside it.
        await serveStatelessRequest(req, res, server, (handle) =>
          requestScope.run({ requestId: req.requestId }, handle),
        );
      } catch (err) {
        failed(ctx, req, res, err);
      }
    },
  );
  const notAllowed = (_req: Request, res: Response) => {
    res.set('Allow', 'POST');
    rpcError(res, 405, -32000, 'Method not allowed: this server is stateless; use POST.');
  };
  app.get('/mcp', notAllowed);
  app.delete('/mcp', notAllowed);
  app.use(bodyErrors(ctx.logger));
  return app;
}

function failed(ctx: AppContext, req: Request, res: Response, err: unknown): void {
  const message = publicErrorMessage(err, req.log ?? ctx.logger, { path: req.path });
  if (res.headersSent) return;
  if (isDatabaseUnavailable(err)) res.set('Retry-After', '5');
  rpcError(res, isDatabaseUnavailable(err) ? 503 : 500, -32603, message);
}

async function databaseAnswers(ctx: AppContext): Promise<boolean> {
  try {
    await sql`select 1`.execute(ctx.db);
    return true;
  } catch {
    return false;
  }
}

/** ALLOWED_HOSTS, else loopback, the bound host and the public host (names without ports). */
function allowedHostnames(ctx: AppContext): string[] {
  const { allowedHosts, host, publicUrl } = ctx.config;
  const names = allowedHosts
    ? [...allowedHosts]
    : ['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host}]` : host];
  if (publicUrl) names.push(new URL(publicUrl).hostname);
  return [...new Set(names.map((h) => h.replace(/:\d+$/, '').toLowerCase()))];
}

function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

export async function listen(
  app: Express,
  port: number,
  host: string,
): Promise<{ server: Server; url: string }> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => {
      if (err) return reject(err);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({ server, url: `http://${shownHost}:${address.port}` });
    });
    server.on('error', reject);
  });
}
