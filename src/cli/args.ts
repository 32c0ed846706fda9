import type { CommandArgs } from '../cli.js';

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
