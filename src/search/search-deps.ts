import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { Geo, SkillFrequency } from '../reference/index-facts.js';
import type { SkillGraph } from '../reference/skill-graph.js';
import type { Embedder } from './retrieve/embeddings.js';
import type { InstructionDeps } from './understand/instruction/read-instruction.js';

// What the top of search uses of the process, stage by stage. The process builds all of it once
// (createContext in src/app.ts) and the tool handlers pass it down; the caches (skill graph, index
// facts) are closures made there, so a per-request copy with its own logger shares them.

/** Reading criteria into a plan: the taxonomy, the index facts and the words in the index. */
export interface PlanDeps {
  /** Reads that may go to a replica. */
  readDb: Db;
  clock: () => Date;
  skillGraph: () => Promise<SkillGraph>;
  geo: () => Promise<Geo>;
  skillFrequency: () => Promise<SkillFrequency>;
}

/** Retrieval and scoring, with semantic similarity when an embedder is set. */
export interface ScoreDeps {
  /** The primary: the embedding cache is written through it, failed filters are read from it. */
  db: Db;
  readDb: Db;
  /** Whether the database has pgvector (else similarity is computed in process). */
  hasVector: boolean;
  clock: () => Date;
  logger: Logger;
  embedder?: Embedder;
}

/** The configuration a search result reads: session lifetime and the profile links' marketplace. */
export type SearchConfig = Pick<
  Config,
  'sessionRetentionDays' | 'publicUrl' | 'host' | 'port' | 'marketplace' | 'marketplaceTemplates'
>;

/** A whole search: plan, score, store the session, page it. */
export interface SearchDeps extends PlanDeps, ScoreDeps {
  config: SearchConfig;
}

/** A refinement is a search plus reading the client's words. */
export type RefineDeps = SearchDeps & InstructionDeps;
