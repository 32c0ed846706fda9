import type { Request, Response } from 'express';
import { ipKeyGenerator, rateLimit, type RateLimitRequestHandler } from 'express-rate-limit';
import { clientIp } from '../auth/authenticate.js';
import type { Db } from '../db/database.js';
import { PostgresRateLimitStore } from './rate-limit-store.js';

// Two fixed-window limits per minute. Given a database server, they are counted in Postgres
// (rate-limit-store.ts), so they hold across any number of processes; embedded (one process),
// in memory:
// - per client IP, before authentication: a flood guard, set high because ChatGPT's users all
//   arrive from OpenAI's few egress addresses;
// - per account, after authentication (anonymous callers are one account per IP).
// Monthly usage is the quota's job (src/quota), not this one's.

const WINDOW_MS = 60_000;

function tooManyRequests(scope: string) {
  return (_req: Request, res: Response) => {
    const retryAfter = res.get('Retry-After') ?? '60';
    res.status(429).json({
      jsonrpc: '2.0',
      error: {
        code: -32000,
        message: `Too many requests ${scope}; try again in ${retryAfter} s.`,
        data: { retryAfterSeconds: Number(retryAfter) },
      },
      id: null,
    });
  };
}

export function ipRateLimit(perMinute: number, db?: Db): RateLimitRequestHandler {
  return rateLimit({
    ...(db ? { store: new PostgresRateLimitStore(db, 'ip:') } : {}),
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: 'ip',
    keyGenerator: (req) => ipKeyGenerator(clientIp(req)),
    handler: tooManyRequests('from this address'),
  });
}

/** Keyed by `res.locals.accountId`, so it must run after authentication. */
export function accountRateLimit(perMinute: number, db?: Db): RateLimitRequestHandler {
  return rateLimit({
    ...(db ? { store: new PostgresRateLimitStore(db, 'account:') } : {}),
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    identifier: 'account',
    keyGenerator: (_req, res) => String(res.locals.accountId),
    handler: tooManyRequests('for this account'),
  });
}
