import type { Criteria } from '../../src/core/criteria.js';
import { ALL_SOURCES, type SearchPlan, type SkillTerm } from '../../src/core/search-plan.js';

// Hand-made plans for the pure functions of search and ranking: no database, no skill graph.

let nextId = 1;

export function skill(name: string, accepts: number[] = []): SkillTerm {
  const id = nextId++;
  return {
    asWritten: name,
    node: {
      id,
      slug: name.toLowerCase(),
      name,
      category: 'dev',
      parents: [],
      children: [],
      related: [],
    },
    accepts: [id, ...accepts],
  };
}

export function planOf(criteria: Partial<Criteria>, rest: Partial<SearchPlan> = {}): SearchPlan {
  return {
    criteria: { query: 'a developer', ...criteria },
    required: [],
    preferred: [],
    querySkills: [],
    languages: [],
    notices: [],
    interpreted: {
      required_skills: [],
      preferred_skills: [],
      skills_in_query: [],
      expansions: [],
      filters: [],
      understood: [],
      unused_words: [],
    },
    usedSpans: [],
    sources: ALL_SOURCES,
    fullText: [],
    ...rest,
  };
}
