// Which failures mean "the database is away" (restarting, unreachable, out of connections) rather
// than "this query is wrong". Those are answered with a retry message instead of a generic
// failure, and a read that meets one is tried once more on a fresh connection.

const UNAVAILABLE_CODES = new Set([
  '57P01', // terminating connection due to administrator command (restart, fast shutdown)
  '57P02', // crash shutdown
  '57P03', // cannot connect now: starting up or shutting down
  '53300', // too many connections
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const UNAVAILABLE_MESSAGES =
  /connection terminated|not queryable|timeout exceeded when trying to connect|connection error|server closed the connection|cannot use a pool after calling end/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  if (err instanceof AggregateError) return err.errors.some(isDatabaseUnavailable);
  return UNAVAILABLE_MESSAGES.test(err.message);
}

/** A statement that only reads, so running it twice is harmless. */
export function isReadOnlyStatement(sql: string): boolean {
  return /^\s*(\(\s*)*(select|with\s(?![\s\S]*\b(insert|update|delete|merge)\b))/i.test(sql);
}
