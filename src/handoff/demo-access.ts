import { stillOptedIn } from '../search/retrieve/opt-in.js';
import type { HandoffDeps } from './handoff-deps.js';
import { accountTag, verifyToken } from './tokens.js';

// Who may see profile data on the demo marketplace pages (DESIGN §7): anyone on a server without
// authentication (AUTH_MODE=none, a local install), else only the holder of a valid handoff link,
// and then only the freelancers of that handoff. /h/{token} passes its token on to the demo pages
// (never to an outside marketplace), so ids cannot be walked to list the index.

export type DemoAccess = { all: true } | { all: false; freelancerIds: Set<string>; token?: string };

export async function demoAccess(ctx: HandoffDeps, token: unknown): Promise<DemoAccess> {
  if (ctx.config.authMode === 'none') return { all: true };
  const none: DemoAccess = { all: false, freelancerIds: new Set() };
  if (typeof token !== 'string' || token.length > 2000) return none;
  const check = verifyToken(token, await ctx.handoffSecret(), ctx.clock());
  if (!check.ok) return none;
  const handoff = await ctx.db
    .selectFrom('handoffs')
    .select(['account_id', 'freelancer_ids', 'expires_at'])
    .where('id', '=', check.payload.h)
    .executeTakeFirst();
  if (!handoff || accountTag(handoff.account_id) !== check.payload.a) return none;
  if (new Date(handoff.expires_at).getTime() <= ctx.clock().getTime()) return none;
  const freelancerIds = await stillOptedIn(ctx.db, handoff.freelancer_ids);
  return { all: false, freelancerIds, token };
}

export function mayShow(access: DemoAccess, freelancerId: string): boolean {
  return access.all || access.freelancerIds.has(freelancerId);
}
