import type { Criteria } from '../core/criteria.js';
import type { SearchPlan } from '../core/search-plan.js';
import { textTerms } from './retrieve/retrieve.js';

// total_matches says how many profiles pass the hard filters and are relevant to what the query
// asked. Retrieval reads more (the preferred skills too, so people who show them can rank), and
// counts by the plan of the query alone when the two differ.

/**
 * The criteria `total_matches` counts by: what the query asked (its words, required skills and
 * filters) without the preferred skills, which rank and never filter. So a preference or
 * more_like added by a refinement leaves the count as the query's. Undefined when the count is
 * by the criteria as they are: no preferences, or nothing but preferences to search by (the same
 * test as interpret's for a request with nothing to search).
 */
export function countedCriteria(criteria: Criteria): Criteria | undefined {
  if (!criteria.preferred_skills?.length) return undefined;
  if (!/[\p{L}\p{N}]/u.test(criteria.query) && !criteria.required_skills?.length) return undefined;
  const { preferred_skills: _preferred, ...asked } = criteria;
  return asked;
}

/** The skills and title words of a plan of the query alone, as retrieval counts by them. */
export function countBy(asked: SearchPlan): NonNullable<SearchPlan['countBy']> {
  return {
    skillIds: [...asked.required, ...asked.querySkills].map((t) => t.node.id),
    textTerms: textTerms(asked),
  };
}
