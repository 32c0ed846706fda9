import type { Criteria } from '../../core/criteria.js';

// What the criteria now say that they did not, in words a client reads at a glance.

export function describeChanges(before: Criteria, after: Criteria): string[] {
  const changes: string[] = [];
  const listDiff = (label: string, a: string[] = [], b: string[] = []) => {
    const added = b.filter((x) => !a.includes(x));
    const removed = a.filter((x) => !b.includes(x));
    if (added.length) changes.push(`${label}: added ${added.join(', ')}`);
    if (removed.length) changes.push(`${label}: removed ${removed.join(', ')}`);
  };
  if (before.query !== after.query) changes.push(`query: "${after.query}"`);
  listDiff('required skills', before.required_skills, after.required_skills);
  listDiff('preferred skills', before.preferred_skills, after.preferred_skills);
  listDiff('excluded', before.exclude_freelancer_ids, after.exclude_freelancer_ids);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof Criteria>;
  for (const key of keys) {
    if (['query', 'required_skills', 'preferred_skills', 'exclude_freelancer_ids'].includes(key))
      continue;
    const a = before[key];
    const b = after[key];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const label = key.replace(/_/g, ' ');
    changes.push(
      b === undefined
        ? `${label}: cleared`
        : `${label}: ${show(b)}${a === undefined ? '' : ` (was ${show(a)})`}`,
    );
  }
  return changes;
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k.replace(/_/g, ' ')} ${typeof v === 'object' ? JSON.stringify(v) : v}`)
      .join(', ');
  }
  return String(value);
}
