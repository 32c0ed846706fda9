import { z } from 'zod';
import type { SkillNode } from '../reference/skill-graph.js';
import type { Criteria } from './criteria.js';

// What the understanding stage hands every later stage: the criteria resolved into what the
// database can answer, and the words that say what was understood.

export const Interpreted = z.object({
  required_skills: z.array(
    z.object({ as_written: z.string(), skill: z.string(), also_accepts: z.array(z.string()) }),
  ),
  preferred_skills: z.array(z.object({ as_written: z.string(), skill: z.string() })),
  skills_in_query: z.array(z.string()),
  expansions: z.array(z.string()),
  filters: z.array(z.string()),
  understood: z.array(
    z.object({
      phrase: z.string(),
      skill: z.string(),
      source: z.enum(['taxonomy', 'vocabulary', 'learned', 'semantic']),
      confidence: z.number().min(0).max(1),
    }),
  ),
  unused_words: z.array(z.string()),
});
export type Interpreted = z.infer<typeof Interpreted>;

export interface SkillTerm {
  asWritten: string;
  node: SkillNode;
  /** IDF weight among the searched skills (1 until the search sets it). */
  weight?: number;
  /** The skill and its narrower skills: any of them is evidence of it. */
  accepts: number[];
  /** How a skill read from the query's words was found, and how sure that reading is (0..1). */
  source?: 'taxonomy' | 'vocabulary' | 'learned';
  confidence?: number;
}

/** The sources that read the client's words (all by default; eval turns them off one by one). */
export interface WordSources {
  vocabulary: boolean;
  learned: boolean;
  fulltext: boolean;
}
export const ALL_SOURCES: WordSources = { vocabulary: true, learned: true, fulltext: true };

/** A word of the request for full-text recall: its lexeme and its IDF in the index. */
export interface TextTerm {
  lexeme: string;
  idf: number;
}

export interface SearchPlan {
  criteria: Criteria;
  required: SkillTerm[];
  preferred: SkillTerm[];
  /** Skills recognised in the query text that were not named as required or preferred. */
  querySkills: SkillTerm[];
  countries?: string[];
  /** Countries left out, regions expanded: `location.exclude_countries` and `exclude_regions`. */
  excludedCountries?: string[];
  timezones?: string[];
  languages: { code: string; minRank: number }[];
  minExperienceYears?: number;
  interpreted: Interpreted;
  notices: string[];
  /** Character spans of the query that the taxonomy or vocabulary read. */
  usedSpans: [number, number][];
  sources: WordSources;
  /** Words for full-text recall over the whole profile (empty when that source is off). */
  fullText: TextTerm[];
  /**
   * What makes a profile count in `total_matches` when that differs from what retrieval reads:
   * the skills and title words of the query without its preferences, which rank and never filter.
   * Unset: the plan's own skills and words.
   */
  countBy?: { skillIds: number[]; textTerms: string[] };
}
