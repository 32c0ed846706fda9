import type { Account, AppContext } from '../context.js';
import { ShortlistError } from '../errors.js';
import { stillOptedIn } from '../profiles/opt-in.js';
import type { Criteria } from '../core/criteria.js';
import { describeChanges } from './explain/changes.js';
import { parseInstruction } from './understand/instruction.js';
import type { RefineOutput } from './explain/result-schema.js';
import { pageOf, rankSearch } from './search.js';
import { loadSearchHead, newSearchId, saveSearchSession } from './sessions/store.js';

// refine_search: the old criteria, patched; a new ranked list; what changed and who moved.

export interface RefinePatch extends Partial<Omit<Criteria, 'exclude_freelancer_ids'>> {
  add_required_skills?: string[];
  remove_required_skills?: string[];
  add_preferred_skills?: string[];
  remove_preferred_skills?: string[];
  exclude_freelancer_ids?: string[];
  more_like?: string;
  clear?: (keyof Criteria)[];
}

const PATCH_KEYS = [
  'add_required_skills',
  'remove_required_skills',
  'add_preferred_skills',
  'remove_preferred_skills',
  'exclude_freelancer_ids',
  'more_like',
  'clear',
] as const;

export async function refineSearch(
  ctx: AppContext,
  account: Account,
  input: { search_id: string; instruction?: string; limit: number } & RefinePatch,
): Promise<RefineOutput> {
  const session = await loadSearchHead(
    ctx.db,
    account.id,
    input.search_id,
    ctx.clock(),
    input.limit,
  );
  const { search_id: _id, instruction, limit, ...patch } = input;
  const structured = Object.entries(patch).some(([, v]) => v !== undefined);
  const notes: string[] = [];
  const effective: RefinePatch = { ...patch };
  if (instruction && !structured) {
    const graph = await ctx.skillGraph();
    const parsed = parseInstruction(instruction, graph);
    if (parsed.recognised.length === 0) {
      throw new ShortlistError(
        'invalid_input',
        `Could not tell what to change from "${instruction.slice(0, 120)}". Send the change as fields, e.g. add_preferred_skills, hourly_rate or location.`,
      );
    }
    Object.assign(effective, patchFromInstruction(parsed, session.criteria));
  }
  const before = session.criteria;
  const criteria = await applyPatch(ctx, before, effective, notes);
  const ranked = await rankSearch(ctx, criteria, limit);
  const id = newSearchId();
  const notices = [...notes, ...ranked.notices];
  await saveSearchSession(ctx.db, {
    id,
    accountId: account.id,
    parentId: session.id,
    criteria,
    stored: { candidates: ranked.candidates, interpreted: ranked.plan.interpreted, notices },
    totalMatches: ranked.total,
    now: ctx.clock(),
    retentionDays: ctx.config.sessionRetentionDays,
  });
  const page = pageOf(
    id,
    ranked.total,
    ranked.plan.interpreted,
    ranked.candidates,
    notices,
    0,
    limit,
  );
  // Someone who opted out since is not named among those who left.
  const stillShown = await stillOptedIn(
    ctx.db,
    session.top.map((o) => o.freelancer_id),
  );
  const oldTop = session.top.filter((o) => stillShown.has(o.freelancer_id));
  const newTop = page.candidates;
  return {
    ...page,
    changes: describeChanges(before, criteria),
    movement: {
      entered: newTop
        .map((c, i) => ({ freelancer_id: c.freelancer_id, name: c.name, rank: i + 1 }))
        .filter((c) => !oldTop.some((o) => o.freelancer_id === c.freelancer_id)),
      left: oldTop
        .filter((o) => !newTop.some((c) => c.freelancer_id === o.freelancer_id))
        .map((o) => ({ freelancer_id: o.freelancer_id, name: o.name })),
    },
  };
}

function patchFromInstruction(p: ReturnType<typeof parseInstruction>, old: Criteria): RefinePatch {
  const patch: RefinePatch = {};
  if (p.hourly_rate) patch.hourly_rate = { ...old.hourly_rate, ...p.hourly_rate };
  if (p.regions || p.utc || p.overlap_with) {
    patch.location = {
      ...old.location,
      ...(p.regions ? { regions: p.regions } : {}),
      ...(p.utc ? { utc_offset_min: p.utc.min, utc_offset_max: p.utc.max } : {}),
      ...(p.overlap_with ? { overlap_with: p.overlap_with } : {}),
    };
  }
  if (p.add_required_skills.length) patch.add_required_skills = p.add_required_skills;
  if (p.add_preferred_skills.length) patch.add_preferred_skills = p.add_preferred_skills;
  if (p.remove_skills.length) {
    patch.remove_required_skills = p.remove_skills;
    patch.remove_preferred_skills = p.remove_skills;
  }
  if (p.min_rating) patch.min_rating = p.min_rating;
  if (p.talent_type) patch.talent_type = p.talent_type;
  if (p.badges) patch.badges = p.badges;
  if (p.min_hours_per_week)
    patch.availability = { ...old.availability, min_hours_per_week: p.min_hours_per_week };
  return patch;
}

async function applyPatch(
  ctx: AppContext,
  old: Criteria,
  patch: RefinePatch,
  notes: string[],
): Promise<Criteria> {
  const next: Criteria = structuredClone(old);
  for (const field of patch.clear ?? []) delete next[field];
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || (PATCH_KEYS as readonly string[]).includes(key)) continue;
    (next as Record<string, unknown>)[key] = value;
  }
  const graph = await ctx.skillGraph();
  const same = (a: string, b: string) => {
    const x = graph.resolve(a);
    const y = graph.resolve(b);
    return x && y ? x.id === y.id : a.toLowerCase() === b.toLowerCase();
  };
  const without = (list: string[] | undefined, drop: string[] | undefined) =>
    (list ?? []).filter((s) => !(drop ?? []).some((d) => same(s, d)));
  const plus = (list: string[], add: string[] | undefined) => [
    ...list,
    ...(add ?? []).filter((a) => !list.some((s) => same(s, a))),
  ];

  let required = plus(
    without(next.required_skills, patch.remove_required_skills),
    patch.add_required_skills,
  );
  let preferred = plus(
    without(next.preferred_skills, patch.remove_preferred_skills),
    patch.add_preferred_skills,
  );
  // A skill moved to required is no longer merely preferred, and the other way round.
  preferred = without(preferred, patch.add_required_skills);
  required = without(required, patch.add_preferred_skills);

  const exclude = new Set([
    ...(next.exclude_freelancer_ids ?? []),
    ...(patch.exclude_freelancer_ids ?? []),
  ]);
  if (patch.more_like) {
    const similar = await skillsOf(ctx, patch.more_like);
    preferred = plus(preferred, similar.skills);
    exclude.add(patch.more_like);
    notes.push(`Ranking people like ${similar.name}: preferring ${similar.skills.join(', ')}.`);
  }
  const result: Criteria = { ...next };
  delete result.required_skills;
  delete result.preferred_skills;
  delete result.exclude_freelancer_ids;
  if (required.length) result.required_skills = required;
  if (preferred.length) result.preferred_skills = preferred.slice(0, 20);
  if (exclude.size) result.exclude_freelancer_ids = [...exclude];
  return result;
}

async function skillsOf(
  ctx: AppContext,
  externalId: string,
): Promise<{ name: string; skills: string[] }> {
  const person = await ctx.db
    .selectFrom('freelancers')
    .select(['id', 'name'])
    .where('external_id', '=', externalId)
    .where('ai_opt_in', '=', true)
    .executeTakeFirst();
  if (!person) {
    throw new ShortlistError(
      'not_found',
      `more_like: no freelancer "${externalId.slice(0, 100)}"; use a freelancer_id from the results.`,
    );
  }
  const skills = await ctx.db
    .selectFrom('freelancer_skills as fs')
    .innerJoin('skills as s', 's.id', 'fs.skill_id')
    .select('s.name')
    .where('fs.freelancer_id', '=', person.id)
    .orderBy('fs.evidence_count', 'desc')
    .orderBy('fs.years', 'desc')
    .limit(5)
    .execute();
  return { name: person.name, skills: skills.map((s) => s.name) };
}
