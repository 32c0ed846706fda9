import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/** What every command handler gets: the validated config, a logger and the parsed arguments. */
export interface CommandArgs {
  config: Config;
  logger: Logger;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function intOption(args: CommandArgs, name: string, fallback: number, min = 0): number {
  const raw = args.values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}
