import type { Config } from '../config.js';
import type { Account } from '../context.js';
import type { Db } from '../db/database.js';
import { profileUrl } from '../reference/marketplaces.js';
import { searchedSkills } from '../insights/searched-skills.js';
import { trackRecord } from '../insights/track-record.js';
import { loadLatestModel } from '../prediction/model-store.js';
import { predictProjectSuccess } from '../prediction/predict.js';
import type { Criteria } from '../core/criteria.js';
import { loadFullProfile, type FullProfile } from './load-profile.js';
import { localTime } from './local-time.js';
import type { GetProfileOutput } from './profile-schema.js';
import type { PlanDeps, ScoreDeps } from '../search/search-deps.js';
import type { SkillGraph } from '../reference/skill-graph.js';
import { fitBreakdown, searchSession } from './search-link.js';
import { chooseSections, type Section } from './sections.js';

// get_profile as a domain call: load, gate by plan, and build each section asked for.

export const RECENT_CONTRACTS = 10;
export const REVIEWS = 5;
const OVERVIEW_CHARS = 1500;
const PORTFOLIO_ITEMS = 6;
const DESCRIPTION_CHARS = 300;

export interface GetProfileInput {
  freelancer_id: string;
  search_id?: string;
  sections?: Section[];
}

/** What a profile reads: the profile itself, the search it came from and the fit against it. */
export interface ProfileDeps extends PlanDeps, ScoreDeps {
  config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'marketplace' | 'marketplaceTemplates'>;
}

export interface ProfileView {
  output: GetProfileOutput;
  /** For the widget: the full lists the model does not need. */
  full: FullProfile;
}

export async function getProfile(
  ctx: ProfileDeps,
  account: Account,
  input: GetProfileInput,
): Promise<ProfileView> {
  const full = await loadFullProfile(ctx.db, input.freelancer_id);
  // A foreign or unknown search fails before any section is built.
  const session = input.search_id ? await searchSession(ctx, account, input.search_id) : undefined;
  const criteria = session?.criteria;
  const { sections, notices } = chooseSections(account.plan, input.sections);
  const f = full.freelancer;
  const now = ctx.clock();
  const out: GetProfileOutput = {
    freelancer_id: f.external_id,
    name: f.name,
    profile_url: profileUrl(ctx.config, f.external_id),
    plan: account.plan,
    sections: [],
    notices,
  };
  const has = (s: Section) => sections.includes(s);
  if (has('profile')) out.profile = profileSection(full, now);
  if (has('portfolio')) {
    out.portfolio = full.portfolio.slice(0, PORTFOLIO_ITEMS).map((p) => ({
      ...p,
      description: trim(p.description, DESCRIPTION_CHARS),
    }));
  }
  if (has('work_history')) {
    out.work_history = {
      total: full.contracts.length,
      recent: full.contracts.slice(0, RECENT_CONTRACTS).map((c) => ({
        title: c.title,
        skills: c.skills,
        start_date: c.start_date,
        end_date: c.end_date,
        amount_usd: c.amount_usd,
        hourly: c.hourly,
        rating: c.rating,
        feedback: c.feedback,
        on_time: c.on_time,
        rehired: c.rehired,
      })),
    };
  }
  if (has('reviews')) {
    out.reviews = full.contracts
      .filter((c) => c.feedback)
      .slice(0, REVIEWS)
      .map((c) => ({
        rating: c.rating,
        quote: c.feedback!,
        project: c.title,
        date: c.end_date ?? c.start_date,
      }));
  }
  const fit = session && has('fit') ? await fitBreakdown(ctx, session, f.external_id) : undefined;
  if (session && fit) {
    out.fit = { search_id: session.id, ...fit };
  } else if (session && has('fit')) {
    out.notices.push(
      `${f.name} is not among the candidates of ${session.id}, so there is no fit breakdown.`,
    );
  } else if (input.sections?.includes('fit') && !criteria) {
    out.notices.push(
      'Fit needs a search_id: pass the search_id of the search this freelancer came from.',
    );
  }
  if (has('track_record')) {
    const searched = criteria ? searchedSkills(await ctx.skillGraph(), criteria) : undefined;
    out.track_record = trackRecord(f, full.contracts, now, searched);
  }
  if (has('success_prediction')) {
    const prediction = await successSection(ctx, f.id, criteria, now);
    if (typeof prediction === 'string') out.notices.push(prediction);
    else out.success_prediction = prediction;
  }
  out.sections = sections.filter((s) => out[s] !== undefined);
  return { output: out, full };
}

async function successSection(
  ctx: { db: Db; skillGraph: () => Promise<SkillGraph> },
  freelancerId: number,
  criteria: Criteria | undefined,
  now: Date,
) {
  if (!criteria) {
    return 'The success prediction is for a searched project: pass the search_id of the search.';
  }
  const model = await loadLatestModel(ctx.db);
  if (!model) {
    return 'No success model has been trained on this index yet (run `shortlist train`).';
  }
  const prediction = await predictProjectSuccess(
    ctx.db,
    await ctx.skillGraph(),
    model,
    freelancerId,
    criteria,
    now,
  );
  return prediction ?? 'No success prediction for this freelancer.';
}

function profileSection(full: FullProfile, now: Date): NonNullable<GetProfileOutput['profile']> {
  const f = full.freelancer;
  const { timezone: _tz, ...clock } = localTime(f.timezone, now);
  return {
    title: f.title,
    overview: trim(f.overview, OVERVIEW_CHARS),
    skills: full.skills.map((s) => ({
      name: s.name_as_written || s.name,
      years: s.years,
      level: s.level,
      projects: s.evidence_count,
    })),
    hourly_rate_usd: f.hourly_rate_usd,
    location: { country: f.country.trim(), city: f.city, timezone: f.timezone },
    local_time: clock,
    languages: full.languages,
    availability: { hours_per_week: f.hours_per_week, available_from: f.available_from },
    talent_type: f.talent_type,
    stats: {
      rating: f.rating,
      reviews_count: f.reviews_count,
      jobs_completed: f.jobs_completed,
      job_success: f.job_success,
      total_earnings_usd: f.total_earnings_usd,
      total_hours: f.total_hours,
      member_since: f.member_since,
      response_time_hours: f.response_time_hours,
    },
    badges: f.badges,
    certifications: f.certifications,
  };
}

function trim(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
