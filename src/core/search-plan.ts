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
});
export type Interpreted = z.infer<typeof Interpreted>;

export interface SkillTerm {
  asWritten: string;
  node: SkillNode;
  /** IDF weight among the searched skills (1 until the search sets it). */
  weight?: number;
  /** The skill and its narrower skills: any of them is evidence of it. */
  accepts: number[];
}

export interface SearchPlan {
  criteria: Criteria;
  required: SkillTerm[];
  preferred: SkillTerm[];
  /** Skills recognised in the query text that were not named as required or preferred. */
  querySkills: SkillTerm[];
  countries?: string[];
  timezones?: string[];
  languages: { code: string; minRank: number }[];
  minExperienceYears?: number;
  interpreted: Interpreted;
  notices: string[];
}
