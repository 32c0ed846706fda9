import type { Criteria } from '../../core/criteria.js';
import { fieldChange, listChange } from '../../core/hard-filter-record.js';
import { FILTER_NAMES, HARD_FILTERS } from '../../core/hard-filters.js';

// What the criteria now say that they did not, in words a client reads at a glance. Each hard
// filter says how its own change reads; the criteria that only rank are said here.

const preferredChange = listChange('preferred skills', (c) => c.preferred_skills);
const projectChange = fieldChange('project');

export function describeChanges(before: Criteria, after: Criteria): string[] {
  const changes: string[] = [];
  if (before.query !== after.query) changes.push(`query: "${after.query}"`);
  changes.push(...preferredChange(before, after));
  for (const name of FILTER_NAMES) changes.push(...HARD_FILTERS[name].change(before, after));
  changes.push(...projectChange(before, after));
  // Filters that share a field (the rate's minimum and maximum) say its change once.
  return [...new Set(changes)];
}
