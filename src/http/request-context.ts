import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestScope, type Logger } from '../logger.js';

// Every request gets an id: the caller's X-Request-Id when it is a sane token, else a new one. It
// is echoed in the response, carried by every log line of the request, and quoted in error
// messages, so a user's report leads straight to the logs.

const SANE_ID = /^[\w.:-]{1,64}$/;

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
    log: Logger;
  }
}

export function requestContext(logger: Logger, onFinish?: (req: Request, res: Response) => void) {
  return (req: Request, res: Response, next: NextFunction) => {
    const given = req.get('x-request-id');
    req.requestId = given && SANE_ID.test(given) ? given : randomUUID();
    req.log = logger.child({ requestId: req.requestId });
    res.set('X-Request-Id', req.requestId);
    const started = performance.now();
    res.on('finish', () => {
      // Method, path and status only: bodies (queries, profiles) never reach the access log.
      req.log.info(
        {
          method: req.method,
          path: maskedPath(req.path),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
      onFinish?.(req, res);
    });
    requestScope.run({ requestId: req.requestId }, next);
  };
}

/** Handoff link tokens open a client's brief: the access log keeps only that one was opened. */
export function maskedPath(path: string): string {
  return path.replace(/^\/h\/[^/]+/, '/h/[token]');
}
