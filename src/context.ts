import type { Config } from './config.js';
import type { Db } from './db/database.js';
import { loadSkillGraph, type SkillGraph } from './reference/skill-graph.js';
import type { Logger } from './logger.js';
import { createEmbedder, type Embedder } from './search/retrieve/embeddings.js';

// What a process builds once and every request shares. Per-request state (the account) is passed
// beside it into createServer.

export interface AppContext {
  config: Config;
  logger: Logger;
  db: Db;
  dbKind: 'embedded' | 'server';
  hasVector: boolean;
  clock: () => Date;
  skillGraph: () => Promise<SkillGraph>;
  /** Present when embeddings are on (OPENAI_API_KEY); search then adds semantic similarity. */
  embedder?: Embedder;
}

export interface Account {
  id: string;
  plan: 'free' | 'pro' | 'max';
  /** False for the anonymous caller of a public server: may search, may not hand off. */
  authenticated: boolean;
}

export function createContext(
  parts: Omit<AppContext, 'skillGraph' | 'clock' | 'embedder'> & {
    clock?: () => Date;
    embedder?: Embedder;
  },
): AppContext {
  let graph: Promise<SkillGraph> | undefined;
  return {
    ...parts,
    embedder: parts.embedder ?? createEmbedder(parts.config),
    clock: parts.clock ?? (() => new Date()),
    skillGraph: () =>
      (graph ??= loadSkillGraph(parts.db).catch((err: unknown) => {
        graph = undefined; // not kept when the database was away: the next call reads again
        throw err;
      })),
  };
}
