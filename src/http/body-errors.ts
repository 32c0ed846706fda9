import type { NextFunction, Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/faults.js';
import { publicErrorMessage } from '../errors.js';
import type { Logger } from '../logger.js';

// Express's body parser fails with plain HTML pages; an MCP client expects JSON-RPC errors.
// Bodies are capped (MAX_BODY) so one request cannot hold a process's memory.

export const MAX_BODY = '1mb';

export function bodyErrors(logger: Logger) {
  return (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number };
    if (e.type === 'entity.too.large') {
      return rpcError(res, 413, -32600, `The request body is larger than ${MAX_BODY}.`);
    }
    if (e.type === 'entity.parse.failed')
      return rpcError(res, 400, -32700, 'Parse error: invalid JSON.');
    if (e.status && e.status >= 400 && e.status < 500) {
      return rpcError(res, e.status, -32600, 'Invalid request.');
    }
    if (isDatabaseUnavailable(err)) {
      // A middleware that counts in the database (shared rate limits) met it away.
      res.set('Retry-After', '5');
      return rpcError(res, 503, -32603, publicErrorMessage(err, req.log ?? logger));
    }
    (req.log ?? logger).error({ err }, 'unhandled error');
    return rpcError(res, 500, -32603, `Internal error (request ${req.requestId ?? 'unknown'}).`);
  };
}

export function rpcError(res: Response, status: number, code: number, message: string): void {
  res.status(status).json({ jsonrpc: '2.0', error: { code, message }, id: null });
}

/**
 * A tools/call whose `arguments` is not an object (a string, an array, null) is invalid params
 * (-32602), not an internal error: answers the request's id when it is one, else undefined.
 */
export const NON_OBJECT_ARGUMENTS = {
  code: -32602,
  message: 'Invalid params: `arguments` must be an object.',
} as const;

export function nonObjectArguments(body: unknown): { id: unknown } | undefined {
  const calls = Array.isArray(body) ? body : [body];
  for (const call of calls) {
    if (!call || typeof call !== 'object') continue;
    const { method, params, id } = call as { method?: unknown; params?: unknown; id?: unknown };
    if (method !== 'tools/call' || !params || typeof params !== 'object') continue;
    if (!('arguments' in params)) continue;
    const args = (params as { arguments?: unknown }).arguments;
    if (args === undefined) continue;
    if (args === null || typeof args !== 'object' || Array.isArray(args)) return { id: id ?? null };
  }
  return undefined;
}
