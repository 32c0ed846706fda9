import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HARD_FILTERS, FILTER_NAMES } from '../../../../src/core/hard-filters.js';
import { describeChanges } from '../../../../src/search/explain/changes.js';
import { someCriteria } from '../../fakes/criteria.js';

// refine's changes[] over any two criteria: nothing said when nothing changed, something said
// whenever a filter changed, and each line said once.

describe('describeChanges, over any criteria', () => {
  it('says nothing for the same criteria', () => {
    fc.assert(
      fc.property(someCriteria, (c) => {
        expect(describeChanges(c, structuredClone(c))).toEqual([]);
      }),
    );
  });

  it('says something whenever a filter changed, and never the same line twice', () => {
    fc.assert(
      fc.property(someCriteria, someCriteria, (a, b) => {
        const changes = describeChanges(a, b);
        expect(new Set(changes).size).toBe(changes.length);
        const filterMoved = FILTER_NAMES.some((name) => HARD_FILTERS[name].change(a, b).length > 0);
        if (filterMoved) expect(changes.length).toBeGreaterThan(0);
        const fields = Object.keys({ ...a, ...b }) as (keyof typeof a)[];
        const differ = fields.filter(
          (f) => f !== 'query' && JSON.stringify(a[f]) !== JSON.stringify(b[f]),
        );
        expect(changes.length > 0).toBe(differ.length > 0 || a.query !== b.query);
      }),
      { numRuns: 200 },
    );
  });

  it('names what was added on one side and removed on the other, and nothing else', () => {
    fc.assert(
      fc.property(someCriteria, (c) => {
        const after = { ...c, required_skills: [...(c.required_skills ?? []), 'Rust'] };
        expect(describeChanges(c, after)).toEqual(['required skills: added Rust']);
        expect(describeChanges(after, c)).toEqual(['required skills: removed Rust']);
      }),
    );
  });
});
