import type { Account } from '../context.js';
import { ShortlistError } from '../errors.js';
import { stillOptedIn } from './retrieve/opt-in.js';
import type { Criteria } from '../core/criteria.js';
import type { RefinePatch } from '../core/refine-patch.js';
import { describeChanges } from './explain/changes.js';
import { readInstruction } from './understand/instruction/read-instruction.js';
import type { RefineOutput } from './explain/result-schema.js';
import { pageOf, rankSearch } from './search.js';
import type { PlanDeps, RefineDeps } from './search-deps.js';
import { loadSearchHead, newSearchId, saveSearchSession } from './sessions/store.js';

// refine_search: the old criteria, patched; a new ranked list; what changed and who moved.

export type { RefinePatch };

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
  ctx: RefineDeps,
  account: Account,
  input: { search_id: string; instruction?: string; limit: number } & RefinePatch,
): Promise<RefineOutput> {
  // The people named in words ("exclude Jan", "the third one") are those the client has seen.
  const session = await loadSearchHead(
    ctx.db,
    account.id,
    input.search_id,
    ctx.clock(),
    Math.max(input.limit, 20),
  );
  const { search_id: _id, instruction, limit, ...fields } = input;
  const notes: string[] = [];
  let effective: RefinePatch = { ...fields };
  const before = session.criteria;
  const words = instruction
    ? await readInstruction(ctx, instruction, before, session.top, fields)
    : undefined;
  if (words) {
    effective = words.patch;
    notes.push(...words.notices);
  }
  const criteria = await applyPatch(ctx, before, effective, notes);
  if (instruction && JSON.stringify(criteria) === JSON.stringify(before))
    throw nothingChanged(instruction, words?.understood ?? [], words?.reasons ?? []);
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
  const shownBefore = session.top.slice(0, limit);
  const stillShown = await stillOptedIn(
    ctx.db,
    shownBefore.map((o) => o.freelancer_id),
  );
  const oldTop = shownBefore.filter((o) => stillShown.has(o.freelancer_id));
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

function nothingChanged(
  instruction: string,
  understood: string[],
  reasons: string[],
): ShortlistError {
  // The reader's own reason ("a language can only filter") says more than a generic line.
  const said = reasons.length
    ? reasons.join(' ')
    : understood.length
      ? `The criteria already say that (${understood.join('; ')}).`
      : 'Nothing in it names a filter or a skill.';
  return new ShortlistError(
    'invalid_input',
    `"${instruction.slice(0, 120)}" changes nothing. ${said} Send the change as fields: hourly_rate {min, max}, ` +
      'location {countries, exclude_countries, regions, exclude_regions, utc_offset_min, utc_offset_max, overlap_with}, ' +
      'languages, experience_level, availability {min_hours_per_week, start_by}, min_rating, min_job_success, ' +
      'min_jobs_completed, talent_type, badges, add_/remove_required_skills, add_/remove_preferred_skills, ' +
      'exclude_freelancer_ids, more_like or clear.',
  );
}

async function applyPatch(
  ctx: Pick<PlanDeps, 'readDb' | 'skillGraph'>,
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
  ctx: Pick<PlanDeps, 'readDb'>,
  externalId: string,
): Promise<{ name: string; skills: string[] }> {
  const person = await ctx.readDb
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
  const skills = await ctx.readDb
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
