import type { NextFunction, Request, Response } from 'express';

// ChatGPT and browser-based clients (MCP Inspector) call /mcp cross-origin. Any origin may: access
// is decided by the bearer token, never by cookies, so there are no credentials to protect
// with an origin list. DNS rebinding is stopped by the Host allow-list instead.

const ALLOW_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Mcp-Session-Id',
  'Mcp-Protocol-Version',
  'Last-Event-Id',
  'X-Request-Id',
].join(', ');

const EXPOSE_HEADERS = [
  'Mcp-Session-Id',
  'Mcp-Protocol-Version',
  'WWW-Authenticate',
  'Retry-After',
  'X-Request-Id',
  'RateLimit',
  'RateLimit-Policy',
].join(', ');

export function cors() {
  return (req: Request, res: Response, next: NextFunction) => {
    res.set('Access-Control-Allow-Origin', '*');
    res.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      res.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.set('Access-Control-Max-Age', '86400');
      res.status(204).end();
      return;
    }
    next();
  };
}
