import { readFileSync } from 'node:fs';
import type { Criteria } from '../core/criteria.js';
import { packagePath } from '../package-root.js';

// The fixed mix of 50 searches the benchmarks time: the first judged evaluation queries (as
// clients phrase them, with the filters assistants send: skills, plain words, narrow needs) plus
// four broad ones that match thousands, and one refinement per search, cycling through the common
// kinds.

const BROAD: Criteria[] = [
  { query: 'developer' },
  { query: 'designer for our website', hourly_rate: { max: 50 } },
  { query: 'JavaScript', required_skills: ['JavaScript'] },
  { query: 'marketing help' },
];

export const REFINEMENTS = [
  'prefer TypeScript',
  'European time zones',
  'under $60',
  'top rated only',
  'available 30 hours a week',
];

export function benchQueries(file = packagePath('fixtures', 'eval-queries.json')): Criteria[] {
  const { queries } = JSON.parse(readFileSync(file, 'utf8')) as {
    queries: { request: Criteria }[];
  };
  // The broad ones stay in the mix however many judged queries there are: they are what a large
  // index makes expensive.
  return [...queries.slice(0, 50 - BROAD.length).map((q) => q.request), ...BROAD];
}
