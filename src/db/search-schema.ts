import type { Generated } from 'kysely';
import type { Json } from './column-types.js';

// The tables the search derives from the talent index: learned models, embeddings, word
// statistics and champion lists, rebuilt by `train` and `embed` and never written by a client.
// Database (schema.ts) lists them with the others.

export interface EmbeddingsTable {
  freelancer_id: number;
  model: string;
  source_hash: string;
  embedding: number[];
}

export interface EmbeddingCacheTable {
  text_hash: string;
  model: string;
  embedding: number[];
  created_at: Generated<Date>;
}

export interface ModelsTable {
  id: Generated<number>;
  kind: string;
  trained_at: Generated<Date>;
  params: Json<unknown>;
  metrics: Json<unknown>;
}

export interface NeedModelsTable {
  id: Generated<number>;
  trained_at: Generated<Date>;
  documents: number;
  features: number;
  pairs: number;
  metrics: Json<unknown>;
}

export interface NeedModelWeightsTable {
  model_id: number;
  feature: string;
  skill_id: number;
  weight: number;
}

export interface ProfileLexemesTable {
  lexeme: string;
  profiles: number;
}

/** Per word, the profiles where it ranks best (ts_rank, length-normalised), best first. */
export interface TextChampionsTable {
  lexeme: string;
  rank: number;
  freelancer_id: number;
}

export interface IndexFactsTable {
  name: 'skill_frequency' | 'timezones' | 'text_champions';
  value: Json<unknown>;
  counted_at: Generated<Date>;
}
