import type { Config } from '../config.js';
import type { Db } from '../db/database.js';

// What a handoff uses of the process. The signing key is read once per process (createContext in
// src/app.ts), so every request, and every per-request copy of the context, shares it.

export interface HandoffDeps {
  db: Db;
  clock: () => Date;
  /** The key that signs handoff links. */
  handoffSecret: () => Promise<Buffer>;
  config: Pick<
    Config,
    | 'authMode'
    | 'sessionRetentionDays'
    | 'marketplace'
    | 'marketplaceTemplates'
    | 'publicUrl'
    | 'host'
    | 'port'
  >;
}
