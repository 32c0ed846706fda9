import { openApp } from '../app.js';
import type { CommandArgs } from './args.js';
import { purgeExpired } from '../retention/purge.js';

export async function purge(args: CommandArgs): Promise<number> {
  const app = await openApp(args.config, args.logger);
  try {
    const days = args.config.sessionRetentionDays;
    const result = await purgeExpired(app.ctx.db, app.ctx.clock(), days);
    console.log(
      `Purged ${result.searchSessions} search sessions and ${result.handoffs} handoffs ` +
        `made before ${result.cutoff.toISOString()} (retention ${days} days).`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
