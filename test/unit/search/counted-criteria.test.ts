import { describe, expect, it } from 'vitest';
import { countedCriteria } from '../../../src/search/count-by.js';

// total_matches counts by what the query asked: its preferred skills rank and never filter.

describe('countedCriteria', () => {
  it('counts by the criteria themselves when there are no preferences', () => {
    expect(countedCriteria({ query: 'react developer', required_skills: ['React'] })).toBe(
      undefined,
    );
  });

  it('leaves out the preferred skills and keeps every filter and the words', () => {
    expect(
      countedCriteria({
        query: 'react developer',
        preferred_skills: ['GraphQL'],
        required_skills: ['React'],
        hourly_rate: { max: 80 },
        exclude_freelancer_ids: ['fl_1'],
      }),
    ).toEqual({
      query: 'react developer',
      required_skills: ['React'],
      hourly_rate: { max: 80 },
      exclude_freelancer_ids: ['fl_1'],
    });
  });

  it('counts by the preferences when nothing else says what is searched', () => {
    expect(countedCriteria({ query: ' … ', preferred_skills: ['GraphQL'] })).toBe(undefined);
    expect(
      countedCriteria({ query: '', preferred_skills: ['Go'], required_skills: ['Rust'] }),
    ).toEqual({ query: '', required_skills: ['Rust'] });
  });
});
