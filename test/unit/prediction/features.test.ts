import { describe, expect, it } from 'vitest';
import {
  contractFeatures,
  jobSuccessOf,
  type ContractFacts,
} from '../../../src/prediction/features.js';

const contract = (
  start: string,
  end: string | null,
  success: boolean | null,
  extra: Partial<ContractFacts> = {},
): ContractFacts => ({
  start_date: start,
  end_date: end,
  skill_ids: [1],
  hourly: true,
  rating: success === null ? null : success ? 5 : 2,
  on_time: success,
  rehired: false,
  success,
  ...extra,
});

const facts = {
  hourly_rate_usd: 50,
  experience_years: 10,
  skills: new Map([[1, { years: 5, level: 'expert' }]]),
};

describe('contractFeatures', () => {
  it('uses only contracts that had ended before the target started', () => {
    const history = [
      contract('2024-01-01', '2024-02-01', true),
      contract('2024-03-01', '2024-04-01', true),
      contract('2024-05-01', '2024-06-01', true),
      // Started before the target but ended after it: its outcome was not known yet.
      contract('2024-06-15', '2024-09-01', false),
      contract('2024-10-01', '2024-11-01', false),
    ];
    const target = { start_date: '2024-07-01', skill_ids: [1, 2], hourly: false };
    const asOfJuly = contractFeatures(target, history, facts);
    expect(asOfJuly.prior_contracts).toBeCloseTo(Math.log1p(3), 10);
    expect(asOfJuly.job_success).toBeCloseTo(0.9, 10); // 0.7·1 + 0.2·1 + 0.1·0
    // Changing outcomes that came later cannot move the features.
    const rewritten = history.map((c) =>
      c.start_date > '2024-06-01' ? { ...c, success: true, rating: 5 } : c,
    );
    expect(contractFeatures(target, rewritten, facts)).toEqual(asOfJuly);
    expect(asOfJuly.skills_stated).toBe(0.5);
    expect(asOfJuly.skills_expert).toBe(0.5);
    expect(asOfJuly.hourly).toBe(0);
  });

  it('has no Job Success below three finished contracts', () => {
    expect(jobSuccessOf([contract('2024-01-01', '2024-02-01', true)])).toBeNull();
    const f = contractFeatures(
      { start_date: '2025-01-01', skill_ids: [1], hourly: true },
      [],
      facts,
    );
    expect(f.job_success_missing).toBe(1);
    expect(f.prior_rating).toBeCloseTo(4.4, 10);
  });
});
