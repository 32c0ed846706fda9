import type { NextFunction, Request, Response } from 'express';
import { normalOrigin } from '../config.js';
import { rpcError } from './body-errors.js';

// Browsers (DESIGN §7). As the MCP transport spec requires, /mcp checks Origin: a request that
// carries one not in ALLOWED_ORIGINS (default: none) is refused with 403, so no foreign web page can
// drive a local server; requests without Origin (native clients, server-to-server) and pages of the
// server's own origin pass. CORS headers
// name only an allowed origin, never `*`. /metrics answers no browser at all.

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

function allowedOrigin(req: Request, allowed: string[]): string | undefined {
  const origin = req.get('origin');
  if (!origin) return undefined;
  const normal = normalOrigin(origin);
  return allowed.includes(normal) ? origin : undefined;
}

export function cors(allowed: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Origin');
    const origin = allowedOrigin(req, allowed);
    if (origin) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (req.method === 'OPTIONS') {
      if (origin) {
        res.set('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
        res.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
        res.set('Access-Control-Max-Age', '86400');
      }
      res.status(origin || !req.get('origin') ? 204 : 403).end();
      return;
    }
    next();
  };
}

/**
 * The page's origin is this server itself: its host is the Host the request was sent to. The
 * Host allow-list has already run, so a rebinding page (whose Host is its own name) is refused
 * there; what remains is a page this server served, which no foreign site controls.
 */
function sameOrigin(req: Request): boolean {
  try {
    return new URL(req.get('origin') ?? '').host === req.get('host');
  } catch {
    return false;
  }
}

/** Refuses a request whose Origin is foreign and not allowed (403); one without Origin passes. */
export function originGuard(allowed: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!req.get('origin') || sameOrigin(req) || allowedOrigin(req, allowed)) return next();
    rpcError(
      res,
      403,
      -32000,
      'Forbidden: this origin may not call the server. Add it to ALLOWED_ORIGINS to allow it.',
    );
  };
}

/** For routes no web page should read (/metrics): any request from a browser context is refused. */
export function notForBrowsers(req: Request, res: Response, next: NextFunction): void {
  res.removeHeader('Access-Control-Allow-Origin');
  res.removeHeader('Access-Control-Expose-Headers');
  const site = req.get('sec-fetch-site');
  if (req.get('origin') || (site && site !== 'none')) {
    res.status(403).type('text/plain').send('Forbidden: not available to web pages.\n');
    return;
  }
  next();
}
