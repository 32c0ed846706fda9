import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { readHandoffSecret } from './handoff/secret.js';
import type { Logger } from './logger.js';
import {
  readGeo,
  readSkillFrequency,
  type Geo,
  type SkillFrequency,
} from './reference/index-facts.js';
import { loadSkillGraph, type SkillGraph } from './reference/skill-graph.js';
import { createEmbedder, type Embedder } from './search/retrieve/embeddings.js';

// What a process builds once and every request shares. Per-request state (the account) is passed
// beside it into createServer. HTTP copies the context per request (to give it the request's
// logger); the caches below are closures made once in createContext, so every copy shares them.

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

const INDEX_FACTS_TTL_MS = 5 * 60_000;

export function createContext(
  parts: Omit<
    AppContext,
    'skillGraph' | 'geo' | 'skillFrequency' | 'handoffSecret' | 'clock' | 'embedder' | 'readDb'
  > & {
    readDb?: Db;
    clock?: () => Date;
    embedder?: Embedder;
  },
): AppContext {
  const { db, config } = parts;
  return {
    ...parts,
    readDb: parts.readDb ?? parts.db,
    embedder: parts.embedder ?? createEmbedder(config),
    clock: parts.clock ?? (() => new Date()),
    skillGraph: kept(() => loadSkillGraph(db)),
    geo: kept(() => readGeo(db), INDEX_FACTS_TTL_MS),
    skillFrequency: kept(() => readSkillFrequency(db), INDEX_FACTS_TTL_MS),
    handoffSecret: kept(() => readHandoffSecret(config, db)),
  };
}

/**
 * A value read once and kept (for `ttlMs` when given). A failed read is not kept: when the
 * database was away, the next call reads again.
 */
function kept<T>(read: () => Promise<T>, ttlMs = Infinity): () => Promise<T> {
  let value: Promise<T> | undefined;
  let at = 0;
  return () => {
    if (value && Date.now() - at < ttlMs) return value;
    at = Date.now();
    const reading = read();
    value = reading;
    reading.catch(() => {
      if (value === reading) value = undefined;
    });
    return reading;
  };
}
