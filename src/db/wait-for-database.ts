import { sql } from 'kysely';
import type { Logger } from '../logger.js';
import type { Db } from './database.js';
import { isDatabaseUnavailable } from './faults.js';

// `serve` started before its Postgres (a host booting, a container starting first) waits for it
// instead of exiting: it retries with backoff, from half a second up to ten, and says so each time.
// Any other failure (a wrong password, a missing database) is not going to pass, so it stops.

export async function waitForDatabase(
  db: Db,
  logger: Logger,
  sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let attempt = 1, delay = 500; ; attempt++, delay = Math.min(delay * 2, 10_000)) {
    try {
      await sql`select 1`.execute(db);
      if (attempt > 1) logger.info({ attempt }, 'database reachable');
      return;
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      const code = (err as { code?: string }).code;
      logger.warn(
        { attempt, code, retryInMs: delay },
        `database not reachable; retrying in ${delay / 1000} s`,
      );
      await sleep(delay);
    }
  }
}
