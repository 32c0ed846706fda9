import type { Config } from './config.js';
import type { Db } from './db/database.js';
import type { Logger } from './logger.js';
import type { Geo, SkillFrequency } from './reference/index-facts.js';
import type { SkillGraph } from './reference/skill-graph.js';
import type { Embedder } from './search/retrieve/embeddings.js';

// What a process builds once (createContext in src/app.ts) and every request shares. Per-request
// state (the account) is passed beside it into createServer. HTTP copies the context per request
// (to give it the request's logger); its caches are closures made once, so every copy shares them.
// Only the layers above the domain (tools, server, transports, app) see the whole of it: a domain
// function names the part it uses (SearchDeps, HandoffDeps, ...), which the context satisfies.

export interface AppContext {
  config: Config;
  logger: Logger;
  db: Db;
  /**
   * Search reads (retrieval, scoring, reviews): a streaming replica when DATABASE_READ_URLS is
   * set, else `db`. Anything a request writes and reads back (sessions) uses `db`.
   */
  readDb: Db;
  dbKind: 'embedded' | 'server';
  hasVector: boolean;
  clock: () => Date;
  /** The taxonomy in memory, read once per process. */
  skillGraph: () => Promise<SkillGraph>;
  /** Countries by region and the time zones present, refreshed every few minutes. */
  geo: () => Promise<Geo>;
  /** How many people show each skill, refreshed every few minutes. */
  skillFrequency: () => Promise<SkillFrequency>;
  /** The key that signs handoff links, read once per process. */
  handoffSecret: () => Promise<Buffer>;
  /** Present when embeddings are on (OPENAI_API_KEY); search then adds semantic similarity. */
  embedder?: Embedder;
}

export interface Account {
  id: string;
  plan: 'free' | 'pro' | 'max';
  /** False for the anonymous caller of a public server: may search, may not hand off. */
  authenticated: boolean;
}
