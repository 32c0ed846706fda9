import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMcpExpressApp } from '@modelcontextprotocol/sdk/server/express.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Express, Request, Response } from 'express';
import type { Account, AppContext } from '../context.js';
import { publicErrorMessage } from '../errors.js';
import { createServer } from '../server.js';

// Stateless Streamable HTTP: a new McpServer and transport per request, all state in Postgres, so
// any number of processes can sit behind a load balancer.

export interface HttpOptions {
  /** Who is calling; answers the account, or writes a 401 itself and answers undefined. */
  authenticate: (req: Request, res: Response) => Promise<Account | undefined>;
  /** Extra routes (handoff redirects, widget assets, metrics) mounted before /mcp. */
  routes?: (app: Express) => void;
}

export function createHttpApp(ctx: AppContext, options: HttpOptions): Express {
  const { config } = ctx;
  const allowedHosts = config.allowedHosts ?? defaultAllowedHosts(config.host, config.port, config.publicUrl);
  const app = createMcpExpressApp({ host: config.host, allowedHosts });
  app.disable('x-powered-by');

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, database: ctx.dbKind });
  });
  options.routes?.(app);

  app.post('/mcp', async (req, res) => {
    try {
      const account = await options.authenticate(req, res);
      if (!account) return;
      const server = createServer({ ctx, account });
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      res.on('close', () => {
        void transport.close();
        void server.close();
      });
      await server.connect(transport);
      await transport.handleRequest(req, res, req.body);
    } catch (err) {
      const message = publicErrorMessage(err, ctx.logger, { path: '/mcp' });
      if (!res.headersSent) {
        res.status(500).json({ jsonrpc: '2.0', error: { code: -32603, message }, id: null });
      }
    }
  });
  const notAllowed = (_req: Request, res: Response) => {
    res
      .status(405)
      .set('Allow', 'POST')
      .json({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this server is stateless; use POST.' }, id: null });
  };
  app.get('/mcp', notAllowed);
  app.delete('/mcp', notAllowed);
  return app;
}

function defaultAllowedHosts(host: string, port: number, publicUrl: string | undefined): string[] {
  const hosts = ['localhost', '127.0.0.1', '[::1]', host].flatMap((h) => [h, `${h}:${port}`]);
  if (publicUrl) hosts.push(new URL(publicUrl).host, new URL(publicUrl).hostname);
  return [...new Set(hosts)];
}

export async function listen(app: Express, port: number, host: string): Promise<{ server: Server; url: string }> {
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
