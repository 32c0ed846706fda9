import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';

// express-rate-limit's counts kept in Postgres (table rate_limit_windows), so every process
// behind a load balancer counts against the same limit. Fixed windows aligned to the epoch: an
// upsert starts a new window or adds hits, and returns the count. Hits that arrive while one
// upsert is in flight go together in the next (every limiter of a process shares it), so under
// load a statement counts many requests, and each request still learns its exact place in the
// count before it is let through. Windows that ended are deleted now and then by whichever
// process notices.

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
    const { hits, start } = await hitCounter(this.db).add(this.prefix + key, this.windowMs);
    if (++this.calls % PRUNE_EVERY === 0) void this.prune(start);
    return { totalHits: hits, resetTime: new Date(start + this.windowMs) };
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

interface Waiting {
  windowMs: number;
  resolve: (count: { hits: number; start: number }) => void;
  reject: (err: unknown) => void;
}

/** One upsert in flight per database; the hits that arrive meanwhile are counted by the next. */
class HitCounter {
  private queue = new Map<string, Waiting[]>();
  private busy = false;

  constructor(private readonly db: Db) {}

  add(key: string, windowMs: number): Promise<{ hits: number; start: number }> {
    return new Promise((resolve, reject) => {
      const waiting = this.queue.get(key);
      if (waiting) waiting.push({ windowMs, resolve, reject });
      else this.queue.set(key, [{ windowMs, resolve, reject }]);
      if (!this.busy) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.busy = true;
    while (this.queue.size) {
      const batch = this.queue;
      this.queue = new Map();
      const keys = [...batch.keys()];
      // A key's window is taken when its hits are sent; a key belongs to one limiter, one length.
      const starts = keys.map((k) => {
        const ms = batch.get(k)![0].windowMs;
        return Math.floor(Date.now() / ms) * ms;
      });
      try {
        const { rows } = await sql<{ key: string; hits: number }>`
          insert into rate_limit_windows (key, window_start, hits)
          select * from unnest(${keys}::text[], ${starts}::int8[],
            ${keys.map((k) => batch.get(k)!.length)}::int4[])
          on conflict (key) do update set
            hits = case when rate_limit_windows.window_start = excluded.window_start
                        then rate_limit_windows.hits + excluded.hits else excluded.hits end,
            window_start = excluded.window_start
          returning key, hits`.execute(this.db);
        const totals = new Map(rows.map((r) => [r.key, r.hits]));
        keys.forEach((key, i) => {
          const waiting = batch.get(key)!;
          // The hits of one statement count in the order they arrived.
          const before = totals.get(key)! - waiting.length;
          waiting.forEach((w, j) => w.resolve({ hits: before + j + 1, start: starts[i] }));
        });
      } catch (err) {
        for (const waiting of batch.values()) for (const w of waiting) w.reject(err);
      }
    }
    this.busy = false;
  }
}

const counters = new WeakMap<Db, HitCounter>();

function hitCounter(db: Db): HitCounter {
  let counter = counters.get(db);
  if (!counter) counters.set(db, (counter = new HitCounter(db)));
  return counter;
}
