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
  if (pretty && !options.destination) {
    return pino({
      level: options.level ?? 'info',
      redact,
      transport: {
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, ignore: 'pid,hostname' },
      },
    });
  }
  return pino(
    { level: options.level ?? 'info', redact },
    // Asynchronous writes (flushed on exit), so a log line per request costs no write call of
    // its own on the request's path.
    options.destination ?? pino.destination({ dest: 2, sync: false }),
  );
}
