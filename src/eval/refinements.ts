import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Account, AppContext } from '../context.js';
import { ShortlistError } from '../errors.js';
import { Criteria } from '../core/criteria.js';
import { refineSearch } from '../search/refine.js';
import { searchFreelancers } from '../search/search.js';
import { loadSearchHead } from '../search/sessions/store.js';
import { countViolations } from './violations.js';

// The refinement row of `shortlist eval`: refinements sent as words only, each from a fresh
// search. Applied means the refined criteria say what the words asked (and not the opposite);
// violations are returned candidates that break the refined criteria, checked row by row.

const Case = z.object({
  id: z.string(),
  start: Criteria.partial().extend({ query: z.string() }),
  say: z.string(),
  expect: z.record(z.string(), z.unknown()).optional(),
  forbid: z.record(z.string(), z.array(z.unknown())).optional(),
  absent: z.array(z.string()).optional(),
  present: z.array(z.string()).optional(),
  below: z.record(z.string(), z.number()).optional(),
  above: z.record(z.string(), z.number()).optional(),
  excludeFirst: z.boolean().optional(),
  /** These fields stay as they were. */
  same: z.array(z.string()).optional(),
  /** The words must be refused as changing nothing (a maximum the schema cannot hold, noise). */
  refuse: z.boolean().optional(),
});
export type RefinementCase = z.infer<typeof Case>;

export function readRefinements(path: string): RefinementCase[] {
  return z.object({ refinements: z.array(Case) }).parse(JSON.parse(readFileSync(path, 'utf8')))
    .refinements;
}

export interface RefinementResult {
  id: string;
  applied: boolean;
  /** Why not, when not. */
  problem?: string;
  violations: number;
  candidates: number;
  /** Refused, as the case asked: no list to count as empty. */
  refused?: boolean;
}

// "languages.code" reads the code of every language in the list.
const at = (o: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, k) =>
        Array.isArray(v) && !/^\d+$/.test(k)
          ? v.map((x) => (x as Record<string, unknown> | undefined)?.[k])
          : (v as Record<string, unknown> | undefined)?.[k],
      o,
    );

/** `want` is inside `got`: objects by their keys, lists by their items in any order. */
function contains(got: unknown, want: unknown): boolean {
  if (Array.isArray(want))
    return Array.isArray(got) && want.every((w) => got.some((g) => contains(g, w)));
  if (want && typeof want === 'object')
    return (
      !!got &&
      typeof got === 'object' &&
      Object.entries(want).every(([k, v]) => contains((got as Record<string, unknown>)[k], v))
    );
  return got === want;
}

export function checkApplied(
  c: RefinementCase,
  after: Criteria,
  firstId?: string,
  before?: Criteria,
): string | undefined {
  if (c.refuse) return 'applied what should have been refused';
  for (const [k, v] of Object.entries(c.expect ?? {}))
    if (!contains(after[k as keyof Criteria], v))
      return `${k} is ${JSON.stringify(after[k as keyof Criteria])}`;
  for (const [path, values] of Object.entries(c.forbid ?? {})) {
    const got = at(after, path);
    if (values.some((v) => (Array.isArray(got) ? got.includes(v) : got === v)))
      return `${path} holds what was ruled out`;
  }
  for (const path of c.absent ?? []) if (at(after, path) !== undefined) return `${path} still set`;
  for (const path of c.present ?? []) if (at(after, path) === undefined) return `${path} not set`;
  for (const [path, n] of Object.entries(c.below ?? {})) {
    const got = at(after, path);
    if (typeof got !== 'number' || got >= n) return `${path} is ${got}, not below ${n}`;
  }
  for (const [path, n] of Object.entries(c.above ?? {})) {
    const got = at(after, path);
    if (typeof got !== 'number' || got <= n) return `${path} is ${got}, not above ${n}`;
  }
  for (const path of c.same ?? [])
    if (JSON.stringify(at(after, path)) !== JSON.stringify(at(before, path)))
      return `${path} changed to ${JSON.stringify(at(after, path))}`;
  if (c.excludeFirst && !after.exclude_freelancer_ids?.includes(firstId ?? ''))
    return 'the person named is not excluded';
  return undefined;
}

export async function runRefinements(
  ctx: AppContext,
  account: Account,
  cases: RefinementCase[],
  onProgress?: (n: number) => void,
): Promise<RefinementResult[]> {
  const graph = await ctx.skillGraph();
  const geo = await ctx.geo();
  const results: RefinementResult[] = [];
  for (const c of cases) {
    const first = await searchFreelancers(ctx, account, c.start as Criteria, { limit: 5 });
    const top = first.candidates[0];
    const say = c.say.replace('{first}', top?.name ?? '');
    let result: RefinementResult;
    try {
      const out = await refineSearch(ctx, account, {
        search_id: first.search_id,
        instruction: say,
        limit: 10,
      });
      const after = (await loadSearchHead(ctx.db, account.id, out.search_id, ctx.clock(), 0))
        .criteria;
      const start = (await loadSearchHead(ctx.db, account.id, first.search_id, ctx.clock(), 0))
        .criteria;
      const problem = checkApplied(c, after, top?.freelancer_id, start);
      const ids = out.candidates.map((x) => x.freelancer_id);
      result = {
        id: c.id,
        applied: !problem,
        ...(problem ? { problem } : {}),
        violations: await countViolations(ctx.db, graph, geo, after, ids, ctx.clock()),
        candidates: ids.length,
      };
    } catch (err) {
      const refused = !!c.refuse && err instanceof ShortlistError && err.code === 'invalid_input';
      result = {
        id: c.id,
        applied: refused,
        ...(refused ? { refused } : { problem: (err as Error).message }),
        violations: 0,
        candidates: 0,
      };
    }
    results.push(result);
    onProgress?.(results.length);
  }
  return results;
}
