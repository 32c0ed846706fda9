import { toolNeedsAccount } from '../auth/security-schemes.js';
import type { Account, AppContext } from '../context.js';
import { ShortlistError } from '../errors.js';
import type { RegisterHooks } from '../tools/tool.js';
import { checkQuota } from './quota.js';

/**
 * What runs around every tool call of one request: the account check for private tools, the
 * monthly quota (which counts the call, refuses it at 100% and warns from 75%), and `after`
 * for metrics.
 */
export function toolCallHooks(
  ctx: AppContext,
  account: Account,
  after?: RegisterHooks['after'],
): RegisterHooks {
  return {
    before: async (tool) => {
      if (!account.authenticated && toolNeedsAccount(tool)) {
        throw new ShortlistError(
          'unauthenticated',
          `${tool} needs a Shortlist account: sign in (connect your account) and try again.`,
        );
      }
      return checkQuota(ctx.db, account, ctx.clock());
    },
    after,
  };
}
