import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

// Logs go to stderr: stdout belongs to the stdio protocol. Query and profile text are redacted
// unless LOG_QUERIES=true, so logs can be kept without holding what clients asked for.
// The keys that can carry them: tool inputs, search criteria, handoff briefs and profile text, at the
// top level or one level down (`{ input: { query } }`).
const REDACTED_KEYS = [
  'query',
  'instruction',
  'criteria',
  'input',
  'arguments',
  'job',
  'overview',
  'feedback',
];
const REDACTED_PATHS = [...REDACTED_KEYS, ...REDACTED_KEYS.map((k) => `*.${k}`)];

// Errors carry client text too: PGlite's `params` holds every bound value (a whole brief), pg's
// `where` and `detail` quote fragments of them, and a data exception (SQLSTATE class 22) quotes
// the value it rejected in its message. Without LOG_QUERIES those fields are dropped, at any depth.
const ERROR_FIELDS_WITH_VALUES = [
  'params',
  'parameters',
  'where',
  'detail',
  'hint',
  'internalQuery',
];

function redactedError(err: unknown): unknown {
  const out = pino.stdSerializers.err(err as Error) as unknown as Record<string, unknown>;
  if (!out || typeof out !== 'object') return out;
  for (const key of ERROR_FIELDS_WITH_VALUES) delete out[key];
  const code = typeof out.code === 'string' ? out.code : '';
  if (/^22[0-9A-Z]{3}$/.test(code)) {
    const notice = `[redacted: data exception ${code}]`;
    out.message = notice;
    if (typeof out.stack === 'string') out.stack = out.stack.replace(/^.*$/m, notice);
  }
  if (out.cause) out.cause = redactedError(out.cause);
  if (Array.isArray(out.errors)) out.errors = out.errors.map(redactedError);
  return out;
}

/**
 * The request a piece of work belongs to. Lines logged inside it (the database's own, say, which
 * go to the process logger) carry its id, as the lines of the request's child logger do.
 */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

function requestIdMixin(_merge: object, _level: number, logger: Logger): object {
  const scope = requestScope.getStore();
  if (!scope || logger.bindings().requestId !== undefined) return {};
  return { requestId: scope.requestId };
}

export function createLogger(
  options: {
    level?: string;
    logQueries?: boolean;
    pretty?: boolean;
    /** Where JSON lines go instead of stderr (tests). */
    destination?: DestinationStream;
  } = {},
): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY;
  const redact = options.logQueries ? undefined : { paths: REDACTED_PATHS, censor: '[redacted]' };
  const serializers = options.logQueries ? undefined : { err: redactedError };
  if (pretty && !options.destination) {
    return pino({
      level: options.level ?? 'info',
      redact,
      serializers,
      mixin: requestIdMixin,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, ignore: 'pid,hostname' },
      },
    });
  }
  return pino(
    { level: options.level ?? 'info', redact, serializers, mixin: requestIdMixin },
    // Asynchronous writes (flushed on exit), so a log line per request costs no write call of
    // its own on the request's path.
    options.destination ?? pino.destination({ dest: 2, sync: false }),
  );
}
