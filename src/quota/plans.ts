import type { Account } from '../context.js';

// Monthly tool-call quotas per plan. One call is one tools/call, whatever the tool. Free is enough
// to try Shortlist on a few hires; pro covers a recruiter's working month; max is for teams.
export const PLAN_QUOTAS: Record<Account['plan'], number> = {
  free: 100,
  pro: 2_000,
  max: 20_000,
};

/** Fractions of the quota at which results start carrying a warning. */
export const QUOTA_WARNINGS = [0.75, 0.95] as const;
