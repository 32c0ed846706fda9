import type { JobBrief } from './brief.js';
import { appendParams, briefParams } from './brief.js';
import { baseUrl, fillUrl, marketplaceTemplates } from '../reference/marketplaces.js';
import { stillOptedIn } from '../search/retrieve/opt-in.js';
import { accountTag, verifyToken } from './tokens.js';
import type { HandoffDeps } from './handoff-deps.js';

// What /h/{token} does: check the token, record the open, and answer the marketplace URL with
// the brief attached, or a refusal a person can understand. Nothing internal is ever shown.

export type LinkOutcome =
  | { ok: true; location: string; handoff_id: string; target: string }
  | { ok: false; status: 400 | 403 | 404 | 410; title: string; message: string };

const refusals = {
  malformed: {
    status: 400,
    title: 'This link is not complete',
    message:
      'The link looks cut short or mistyped. Copy the whole link from the conversation and try again.',
  },
  tampered: {
    status: 403,
    title: 'This link has been altered',
    message:
      'The link does not match the one Shortlist made, so it cannot be opened. Use the link exactly as it was given, or ask the assistant for a new handoff.',
  },
  foreign: {
    status: 403,
    title: 'This link is not valid here',
    message:
      'The link does not belong to the handoff it points at. Ask the assistant for a new handoff from your own account.',
  },
  expired: {
    status: 410,
    title: 'This link has expired',
    message:
      'Handoff links are kept for a limited time. Ask the assistant to hand off again for a fresh link.',
  },
  withdrawn: {
    status: 410,
    title: 'This freelancer is no longer available',
    message:
      'They have withdrawn their profile from AI-assisted search. Ask the assistant for other candidates.',
  },
  missing: {
    status: 404,
    title: 'This handoff no longer exists',
    message:
      'It may have been removed after its retention period. Ask the assistant to hand off again.',
  },
} as const;

function refuse(kind: keyof typeof refusals): LinkOutcome {
  return { ok: false, ...refusals[kind] };
}

export async function openHandoffLink(ctx: HandoffDeps, token: string): Promise<LinkOutcome> {
  const now = ctx.clock();
  const check = verifyToken(token, await ctx.handoffSecret(), now);
  if (!check.ok) return refuse(check.reason);
  const { h: handoffId, t: target, a: accountId } = check.payload;
  const handoff = await ctx.db
    .selectFrom('handoffs')
    .select(['id', 'account_id', 'job', 'freelancer_ids', 'marketplace', 'expires_at'])
    .where('id', '=', handoffId)
    .executeTakeFirst();
  if (!handoff) return refuse('missing');
  if (accountTag(handoff.account_id) !== accountId) return refuse('foreign');
  if (new Date(handoff.expires_at).getTime() <= now.getTime()) return refuse('expired');

  const [kind, freelancerId] = target.split(/:(.*)/s, 2) as [string, string | undefined];
  // Whoever opted out since the handoff was made is no longer carried to the marketplace.
  const shown = await stillOptedIn(ctx.db, handoff.freelancer_ids);
  if (freelancerId !== undefined && !shown.has(freelancerId)) return refuse('withdrawn');
  const templates = marketplaceTemplates(ctx.config, handoff.marketplace);
  const job = handoff.job as JobBrief;
  const shortlist = handoff.freelancer_ids.filter((id) => shown.has(id));
  const params = briefParams(job, shortlist, handoff.id);
  // The demo marketplace is this server: with authentication on, the link's token is its proof of
  // access (demo-access.ts). It never goes to an outside marketplace.
  const demo = handoff.marketplace === 'demo' && ctx.config.authMode !== 'none';
  if (demo) params.set('token', token);
  const base = baseUrl(ctx.config);
  let location: string;
  if (kind === 'job_post' && freelancerId === undefined) {
    location = appendParams(fillUrl(templates.job_post, base), params);
  } else if (
    (kind === 'profile' || kind === 'invite' || kind === 'message') &&
    freelancerId &&
    handoff.freelancer_ids.includes(freelancerId)
  ) {
    // A plain profile visit carries only the reference and the job title, not the whole brief.
    const carried =
      kind === 'profile'
        ? new URLSearchParams({ title: job.title, ref: handoff.id, ...(demo ? { token } : {}) })
        : params;
    location = appendParams(fillUrl(templates[kind], base, freelancerId), carried);
  } else {
    return refuse('foreign');
  }
  await ctx.db
    .insertInto('handoff_opens')
    .values({ handoff_id: handoff.id, target, opened_at: now })
    .execute();
  return { ok: true, location, handoff_id: handoff.id, target };
}
