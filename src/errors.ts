import { randomUUID } from 'node:crypto';
import { isDatabaseUnavailable } from './db/faults.js';
import { requestScope, type Logger } from './logger.js';

// One error type for expected failures: its message is written for the person reading it and is
// safe to show. Anything else is logged with its cause and answered with a generic message and a
// request id, because the SDK would otherwise pass a thrown message (SQL and all) to the model.

export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'forbidden'
  | 'quota_exceeded'
  | 'unauthenticated'
  | 'plan_required';

export class ShortlistError extends Error {
  override name = 'ShortlistError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function publicErrorMessage(
  err: unknown,
  logger: Logger,
  context: Record<string, unknown> = {},
): string {
  if (err instanceof ShortlistError) return err.message;
  // The request's own id (X-Request-Id) when the logger carries one, so the quote finds the logs.
  const requestId =
    (logger.bindings().requestId as string | undefined) ??
    requestScope.getStore()?.requestId ??
    randomUUID().slice(0, 8);
  if (isDatabaseUnavailable(err)) {
    logger.warn({ requestId, code: (err as { code?: string }).code, ...context }, 'database away');
    return `${UNAVAILABLE_MESSAGE} (request ${requestId})`;
  }
  logger.error({ err, requestId, ...context }, 'unexpected failure');
  return `Something went wrong on our side (request ${requestId}). Please try again; if it keeps happening, quote the request id.`;
}

export const UNAVAILABLE_MESSAGE =
  'The talent database is temporarily unavailable. Please retry in a few seconds.';
