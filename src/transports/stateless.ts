import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { Request, Response } from 'express';

// The SDK's stateless Streamable HTTP pattern, as its README shows it: a fresh server and
// transport for each POST, JSON responses, both closed when the response is. Shortlist's /mcp and
// the bench's bare SDK baseline both call this, so the baseline measures the same SDK path.

export async function serveStatelessRequest(
  req: Request,
  res: Response,
  server: McpServer,
  /** Wraps the SDK's handling (Shortlist runs it inside the request's logging scope). */
  within: <T>(handle: () => Promise<T>) => Promise<T> = (handle) => handle(),
): Promise<void> {
  const transport = new StreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await within(() => transport.handleRequest(req, res, req.body));
}
