import { pino, type Logger } from 'pino';

export type { Logger };

// Logs go to stderr: stdout belongs to the stdio protocol. Query and profile text are redacted
// unless LOG_QUERIES=true, so logs can be kept without holding what clients asked for.
const REDACTED_PATHS = ['query', 'instruction', '*.query', '*.instruction', 'args.query', 'overview'];

export function createLogger(options: { level?: string; logQueries?: boolean; pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY;
  const redact = options.logQueries ? undefined : { paths: REDACTED_PATHS, censor: '[redacted]' };
  if (pretty) {
    return pino({
      level: options.level ?? 'info',
      redact,
      transport: { target: 'pino-pretty', options: { destination: 2, colorize: true, ignore: 'pid,hostname' } },
    });
  }
  return pino({ level: options.level ?? 'info', redact }, pino.destination(2));
}
