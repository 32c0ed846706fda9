import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import express, { type Express } from 'express';
import { z } from 'zod';
import { serveStatelessRequest } from '../transports/stateless.js';

// The HTTP bench's yardstick: the SDK's stateless Streamable HTTP example as it stands in its
// README (the per-request plumbing is the one /mcp uses, src/transports/stateless.ts), one small
// tool and nothing else (no auth, limits, logs or metrics). What Shortlist's
// tools/list reaches beside it is the cost of everything Shortlist adds per request.

export function bareSdkApp(): Express {
  const app = express();
  app.use(express.json());
  app.post('/mcp', async (req, res) => {
    const server = new McpServer({ name: 'bare', version: '1.0.0' });
    server.registerTool(
      'add',
      {
        title: 'Addition',
        description: 'Add two numbers',
        inputSchema: { a: z.number(), b: z.number() },
      },
      async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }),
    );
    await serveStatelessRequest(req, res, server);
  });
  return app;
}
