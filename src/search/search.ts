import { ShortlistError } from '../errors.js';
import type { Account } from '../context.js';
import { profileUrl } from '../reference/marketplaces.js';
import { reasonsFor } from '../ranking/reasons.js';
import { rerank, shownScore, type Ranked } from '../ranking/rerank.js';
import { scoreCandidates } from '../ranking/score.js';
import type { Criteria } from '../core/criteria.js';
import { embedQuery, semanticScores } from './retrieve/embeddings.js';
import { skillSpecificity } from '../reference/index-facts.js';
import { ALL_SOURCES, type SearchPlan, type WordSources } from '../core/search-plan.js';
import { addLearnedSkills, meaningfulText } from './understand/read-words.js';
import { unconstrainedNotices } from './explain/honest.js';
import { textTermsOf } from './retrieve/fulltext.js';
import { correctSpelling } from './understand/spelling.js';
import { interpret } from './understand/interpret.js';
import { FEW_MATCHES, relaxationNotices } from './explain/relax.js';
import type { Candidate, SearchOutput } from './explain/result-schema.js';
import {
  COUNT_LIMIT,
  loadCandidate,
  retrieveCandidates,
  searchedSkillIds,
} from './retrieve/retrieve.js';
import { countBy, countedCriteria } from './count-by.js';
import { relevantReviews } from './explain/reviews.js';
import { stillOptedIn } from './retrieve/opt-in.js';
import type { PlanDeps, ScoreDeps, SearchConfig, SearchDeps } from './search-deps.js';
import { decodeCursor, encodeCursor } from './sessions/cursor.js';
import { loadSearchSession, newSearchId, saveSearchSession } from './sessions/store.js';

// One search, end to end: interpret, retrieve, score, re-rank, explain, store. The stored list
// serves later pages and refinements, so paging never re-ranks and never reshuffles.

/** How many ranked candidates a session keeps (pages beyond it are not offered). */
export const SESSION_DEPTH = 30;

export interface RankedSearch {
  plan: SearchPlan;
  candidates: Candidate[];
  total: number;
  notices: string[];
}

/** The plan of a search: its criteria interpreted, query skills weighed by how telling they are. */
export async function planSearch(
  ctx: PlanDeps,
  criteria: Criteria,
  sources: WordSources = ALL_SOURCES,
): Promise<SearchPlan> {
  const [graph, geo, frequency] = await Promise.all([
    ctx.skillGraph(),
    ctx.geo(),
    ctx.skillFrequency(),
  ]);
  // The words are read with their slips mended ("websties"); the plan keeps the client's own.
  const spelled = correctSpelling(criteria.query);
  const plan = interpret({ ...criteria, query: spelled.text }, graph, geo, ctx.clock(), sources);
  if (sources.learned) await addLearnedSkills(ctx.readDb, plan, graph);
  if (sources.fulltext) plan.fullText = await textTermsOf(ctx.readDb, meaningfulText(spelled.text));
  for (const [written, read] of spelled.corrections)
    plan.interpreted.expansions.push(`"${written}" → ${read}`);
  plan.criteria = criteria;
  // A skill read from plain words counts as much as the reading is sure.
  for (const t of plan.querySkills)
    t.weight = skillSpecificity(frequency, t.node.id) * (t.confidence ?? 1);
  return plan;
}

/**
 * Retrieval and scoring, shared by the ranked list and the fit of one person (`include`), so both
 * see the same candidates, the same normalisation and the same semantic similarity.
 */
export async function scoreSearch(ctx: ScoreDeps, plan: SearchPlan, include?: string) {
  const queryVector = ctx.embedder
    ? await embedQuery(ctx.db, ctx.embedder, ctx.logger, plan.criteria.query, plan.notices)
    : undefined;
  const { rows, total } = await retrieveCandidates(
    ctx.readDb,
    plan,
    ctx.hasVector ? queryVector : undefined,
  );
  if (include && !rows.some((r) => r.external_id === include)) {
    const row = await loadCandidate(ctx.readDb, plan, include);
    if (row) rows.push(row);
  }
  const semantic = queryVector
    ? await semanticScores(
        ctx.readDb,
        ctx.hasVector,
        queryVector,
        rows.map((r) => r.id),
      )
    : undefined;
  return { rows, total, scored: scoreCandidates(plan, rows, ctx.clock(), semantic) };
}

export async function rankSearch(
  ctx: SearchDeps,
  criteria: Criteria,
  pageSize: number,
  sources: WordSources = ALL_SOURCES,
): Promise<RankedSearch> {
  const now = ctx.clock();
  const counting = countedCriteria(criteria);
  const [plan, asked] = await Promise.all([
    planSearch(ctx, criteria, sources),
    // The count reads skills and title words only, never the full-text recall's terms.
    counting ? planSearch(ctx, counting, { ...sources, fulltext: false }) : undefined,
  ]);
  if (asked) plan.countBy = countBy(asked);
  const { total, scored } = await scoreSearch(ctx, plan);
  const ranked = rerank(scored, pageSize, now).slice(0, SESSION_DEPTH);
  const candidates = ranked.map((c) => toCandidate(ctx.config, plan, c, now));
  await quoteReviews(ctx, plan, candidates.slice(0, pageSize));
  const notices = [...plan.notices];
  if (total < FEW_MATCHES && plan.interpreted.filters.length === 0) {
    notices.push(...unconstrainedNotices(plan, await ctx.skillGraph(), total));
  } else if (total < FEW_MATCHES) {
    const relax = await relaxationNotices(ctx.readDb, plan, total);
    notices.push(
      total === 0
        ? 'No profile matches every constraint.'
        : `Only ${total} profile${total === 1 ? '' : 's'} match every constraint.`,
      ...relax,
    );
  }
  return { plan, candidates, total, notices };
}

export async function searchFreelancers(
  ctx: SearchDeps,
  account: Account,
  criteria: Criteria,
  page: { limit: number; cursor?: string },
): Promise<SearchOutput> {
  if (page.cursor) return nextPage(ctx, account, page.cursor, page.limit, criteria.query);
  const result = await rankSearch(ctx, criteria, page.limit);
  const id = newSearchId();
  await saveSearchSession(ctx.db, {
    id,
    accountId: account.id,
    criteria,
    stored: {
      candidates: result.candidates,
      interpreted: result.plan.interpreted,
      notices: result.notices,
    },
    totalMatches: result.total,
    now: ctx.clock(),
    retentionDays: ctx.config.sessionRetentionDays,
  });
  return pageOf(
    id,
    result.total,
    result.plan.interpreted,
    result.candidates,
    result.notices,
    0,
    page.limit,
  );
}

/** Review quotes are read per page, when the page is served: most lists are never paged. */
async function quoteReviews(
  ctx: Pick<PlanDeps, 'readDb'>,
  plan: SearchPlan,
  page: Candidate[],
): Promise<void> {
  const reviews = await relevantReviews(
    ctx.readDb,
    page.map((c) => c.freelancer_id),
    searchedSkillIds(plan),
    plan.criteria.query,
  );
  for (const c of page) {
    const review = reviews.get(c.freelancer_id);
    if (review) c.match.review = review;
  }
}

async function nextPage(
  ctx: SearchDeps,
  account: Account,
  cursor: string,
  limit: number,
  query: string,
): Promise<SearchOutput> {
  const { searchId, offset } = decodeCursor(cursor);
  const session = await loadSearchSession(ctx.db, account.id, searchId, ctx.clock());
  // A cursor pages the search it came from; a different query is a new search, not its next page.
  // No words at all (more_candidates, the widget's "Show more") just asks for the next page.
  const asked = session.criteria.query;
  if (query.trim() !== '' && query.trim().toLowerCase() !== asked.trim().toLowerCase()) {
    throw new ShortlistError(
      'invalid_input',
      `This cursor pages the search for "${asked.slice(0, 80)}", not "${query.slice(0, 80)}". Send the same query with the cursor, or the new query without one.`,
    );
  }
  const { candidates, interpreted, notices } = session.stored;
  // Whoever opted out since the search was stored leaves the page; offsets stay those of the
  // stored list, so nobody is skipped or shown twice.
  const slice = candidates.slice(offset, offset + limit);
  const [graph, geo, shown] = await Promise.all([
    ctx.skillGraph(),
    ctx.geo(),
    stillOptedIn(
      ctx.db,
      slice.map((c) => c.freelancer_id),
    ),
  ]);
  const page = pageOf(
    session.id,
    session.total_matches,
    interpreted,
    candidates,
    notices,
    offset,
    limit,
  );
  page.candidates = page.candidates.filter((c) => shown.has(c.freelancer_id));
  await quoteReviews(ctx, interpret(session.criteria, graph, geo, ctx.clock()), page.candidates);
  return page;
}

export function pageOf(
  searchId: string,
  total: number,
  interpreted: SearchOutput['interpreted'],
  candidates: Candidate[],
  notices: string[],
  offset: number,
  limit: number,
): SearchOutput {
  const end = offset + limit;
  // Counting stops past COUNT_LIMIT: a larger total is said as "at least COUNT_LIMIT".
  const atLeast = total > COUNT_LIMIT;
  return {
    search_id: searchId,
    total_matches: atLeast ? COUNT_LIMIT : total,
    ...(atLeast ? { total_is_lower_bound: true } : {}),
    interpreted,
    candidates: candidates.slice(offset, end),
    ...(end < candidates.length ? { next_cursor: encodeCursor(searchId, end) } : {}),
    notices,
  };
}

function toCandidate(config: SearchConfig, plan: SearchPlan, c: Ranked, now: Date): Candidate {
  const r = c.row;
  const split = (xs: { name: string; shown: boolean }[]) => ({
    matched: xs.filter((x) => x.shown).map((x) => x.name),
    missing: xs.filter((x) => !x.shown).map((x) => x.name),
  });
  // Required skills passed the filter through the closed skill ids, so each is shown somewhere
  // (a listed skill, a narrower one, or past work) even without a row in freelancer_skills.
  const required = { matched: c.required.map((x) => x.name), missing: [] as string[] };
  return {
    freelancer_id: r.external_id,
    name: r.name,
    title: r.title,
    hourly_rate_usd: r.hourly_rate_usd,
    country: r.country.trim(),
    timezone: r.timezone,
    rating: r.rating,
    reviews_count: r.reviews_count,
    jobs_completed: r.jobs_completed,
    job_success: r.job_success,
    badges: r.badges,
    availability_hours_per_week: r.hours_per_week,
    profile_url: profileUrl(config, r.external_id),
    match: {
      score: shownScore(c.score),
      required,
      preferred: split(c.preferred),
      reasons: reasonsFor(c, plan, now),
    },
  };
}
