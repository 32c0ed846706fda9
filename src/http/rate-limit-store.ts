import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// express-rate-limit's counts kept in Postgres (table rate_limit_windows), so every process
// behind a load balancer counts against the same limit. Fixed windows aligned to the epoch, one
// statement per request: the upsert starts a new window or adds a hit, and returns the count.
// Windows that ended are deleted now and then by whichever process notices.

const PRUNE_EVERY = 1000;

export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private calls = 0;

  constructor(
    private readonly db: Db,
    /** Keeps the keys of several limiters apart in one table. */
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const start = Math.floor(Date.now() / this.windowMs) * this.windowMs;
    const { rows } = await sql<{ hits: number }>`
      insert into rate_limit_windows (key, window_start, hits)
      values (${this.prefix + key}, ${start}, 1)
      on conflict (key) do update set
        hits = case when rate_limit_windows.window_start = excluded.window_start
                    then rate_limit_windows.hits + 1 else 1 end,
        window_start = excluded.window_start
      returning hits`.execute(this.db);
    if (++this.calls % PRUNE_EVERY === 0) void this.prune(start);
    return { totalHits: rows[0].hits, resetTime: new Date(start + this.windowMs) };
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const start = Math.floor(Date.now() / this.windowMs) * this.windowMs;
    const row = await this.db
      .selectFrom('rate_limit_windows')
      .select('hits')
      .where('key', '=', this.prefix + key)
      .where('window_start', '=', start)
      .executeTakeFirst();
    return row ? { totalHits: row.hits, resetTime: new Date(start + this.windowMs) } : undefined;
  }

  async decrement(key: string): Promise<void> {
    await this.db
      .updateTable('rate_limit_windows')
      .set({ hits: sql`greatest(hits - 1, 0)` })
      .where('key', '=', this.prefix + key)
      .execute();
  }

  async resetKey(key: string): Promise<void> {
    await this.db
      .deleteFrom('rate_limit_windows')
      .where('key', '=', this.prefix + key)
      .execute();
  }

  private async prune(currentStart: number): Promise<void> {
    await this.db
      .deleteFrom('rate_limit_windows')
      .where('key', 'like', `${this.prefix}%`)
      .where('window_start', '<', currentStart)
      .execute()
      .catch(() => undefined);
  }
}
