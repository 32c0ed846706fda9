import { randomBytes } from 'node:crypto';
import type { Account } from '../context.js';
import { ShortlistError } from '../errors.js';
import type { JobBrief } from './brief.js';
import type { HandoffDeps } from './handoff-deps.js';
import { loadSearchHead } from '../search/sessions/store.js';
import { baseUrl } from '../reference/marketplaces.js';
import { accountTag, signToken } from './tokens.js';

// A handoff: the brief and the shortlist, recorded for the account, and one signed link per
// target. Every link goes through this server's /h/{token}, which records the open and redirects.

export type HandoffAction = 'invite' | 'message' | 'post_job';

export interface HandoffInput {
  freelancer_ids: string[];
  search_id?: string;
  job: JobBrief;
  action: HandoffAction;
}

export interface Handoff {
  handoff_id: string;
  expires_at: string;
  marketplace: string;
  shortlist: { freelancer_id: string; name: string }[];
  links: {
    job_post_url: string;
    freelancers: {
      freelancer_id: string;
      profile_url: string;
      invite_url: string;
      message_url: string;
    }[];
  };
}

const DAY_MS = 86_400_000;

export async function createHandoff(
  ctx: HandoffDeps,
  account: Account,
  input: HandoffInput,
): Promise<Handoff> {
  if (!account.authenticated) {
    throw new ShortlistError(
      'unauthenticated',
      'Handing off to hire needs a signed-in account: connect Shortlist with an account (API key or sign-in) and try again.',
    );
  }
  const now = ctx.clock();
  // The search the shortlist came from must be this account's own, unexpired; only its existence
  // is checked, not its list.
  if (input.search_id) await loadSearchHead(ctx.db, account.id, input.search_id, now, 0);
  const ids = [...new Set(input.freelancer_ids)];
  const found = await ctx.db
    .selectFrom('freelancers')
    .select(['external_id', 'name'])
    .where('external_id', 'in', ids)
    .where('ai_opt_in', '=', true)
    .execute();
  const names = new Map(found.map((f) => [f.external_id, f.name]));
  const missing = ids.filter((id) => !names.has(id));
  if (missing.length) {
    throw new ShortlistError(
      'not_found',
      `No freelancer ${missing.map((m) => `"${m}"`).join(', ')} in the index. Use freelancer_id values from search_freelancers results.`,
    );
  }

  const expires = new Date(now.getTime() + ctx.config.sessionRetentionDays * DAY_MS);
  const id = `h_${randomBytes(12).toString('base64url')}`;
  await ctx.db
    .insertInto('handoffs')
    .values({
      id,
      account_id: account.id,
      search_id: input.search_id ?? null,
      action: input.action,
      job: JSON.stringify(input.job),
      freelancer_ids: ids,
      marketplace: ctx.config.marketplace,
      created_at: now,
      expires_at: expires,
    })
    .execute();

  const secret = await ctx.handoffSecret();
  const base = baseUrl(ctx.config);
  const link = (target: string) =>
    `${base}/h/${signToken({ h: id, t: target, a: accountTag(account.id), e: Math.floor(expires.getTime() / 1000) }, secret)}`;
  return {
    handoff_id: id,
    expires_at: expires.toISOString(),
    marketplace: ctx.config.marketplace,
    shortlist: ids.map((fid) => ({ freelancer_id: fid, name: names.get(fid)! })),
    links: {
      job_post_url: link('job_post'),
      freelancers: ids.map((fid) => ({
        freelancer_id: fid,
        profile_url: link(`profile:${fid}`),
        invite_url: link(`invite:${fid}`),
        message_url: link(`message:${fid}`),
      })),
    },
  };
}
