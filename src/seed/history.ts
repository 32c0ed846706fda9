import type { Profile, WorkHistoryItem } from '../index/profile.js';
import type { Badge } from '../reference/profile-terms.js';
import {
  fillTemplate,
  fillTitle,
  workText,
  type Catalog,
  type PersonSkill,
  type SeedCategory,
} from './catalog.js';
import type { Content, TextTemplate } from './content.js';
import type { Random } from './random.js';

// Work history, the stats derived from it and the badges derived from the stats. Outcomes depend
// on the hidden quality q and on fit (does the contract use the person's specialties?), so that
// ranking signals built on history carry real information.

export interface HistoryInput {
  random: Random;
  /** A stream of its own for the words of jobs, so the rest of a profile does not depend on them. */
  textRandom: Random;
  catalog: Catalog;
  content: Content;
  category: SeedCategory;
  quality: number;
  isNew: boolean;
  isAgency: boolean;
  careerYears: number;
  memberDay: number;
  asOfDay: number;
  rate: number;
  skills: PersonSkill[];
  domains: string[];
}

export interface HistoryResult {
  workHistory: WorkHistoryItem[];
  stats: Profile['stats'];
  badges: Badge[];
}

export const MAX_LISTED_CONTRACTS = 40;
const RISING_TALENT_DAYS = 548;

export const toIsoDay = (day: number): string =>
  new Date(day * 86_400_000).toISOString().slice(0, 10);
export const dayOf = (iso: string): number =>
  Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;

function contractCount(input: HistoryInput): number {
  const { random, quality, isNew, isAgency, memberDay, asOfDay } = input;
  if (isNew) return random.weightedPick([0, 1, 2, 3], (n) => [4, 3, 2, 1][n]!);
  const years = (asOfDay - memberDay) / 365;
  const perYear = random.logNormal(2.6, 0.7) * (0.4 + quality) * (isAgency ? 1.8 : 1);
  return Math.round(years * perYear);
}

function contractSkills(random: Random, skills: PersonSkill[]): PersonSkill[] {
  const k = random.int(1, Math.min(4, skills.length));
  const specialties = skills.filter((s) => s.specialty);
  const others = skills.filter((s) => !s.specialty);
  if (others.length > 0 && random.chance(0.25)) return random.sample(others, k);
  const first = random.pick(specialties.length > 0 ? specialties : skills);
  const rest = random.sample(
    skills.filter((s) => s !== first),
    k - 1,
  );
  return [first, ...rest];
}

function feedbackFor(input: HistoryInput, rating: number, skill: string): string {
  const { random, content, category, domains } = input;
  const grade = rating >= 4.3 ? 'positive' : rating >= 3 ? 'mixed' : 'negative';
  return fillTemplate(random.pick(content.feedback[grade]), {
    skill,
    domain: random.pick(domains),
    deliverable: random.pick(category.content.deliverables),
  })
    .replace(/\bfinal the /g, 'final ')
    .replace(/(^|[.!?] )the /g, '$1The ');
}

/** A category's contract template: for skills the work data does not describe. */
function templateText(template: TextTemplate, picked: PersonSkill[], domain: string) {
  const values = {
    skill1: picked[0]!.mention,
    skill2: (picked[1] ?? picked[0]!).mention,
    domain,
  };
  return {
    title: fillTitle(template.title, values),
    description: fillTemplate(template.description, values),
  };
}

export function generateHistory(input: HistoryInput): HistoryResult {
  const { random, quality, memberDay, asOfDay, rate, category, domains } = input;
  const wanted = contractCount(input);
  const listed = Math.min(MAX_LISTED_CONTRACTS, wanted);
  // Older contracts beyond the listed ones still count in the totals, as on real marketplaces.
  const unlisted = wanted - listed + (!input.isNew && random.chance(0.15) ? random.int(1, 3) : 0);
  const span = Math.max(1, asOfDay - memberDay);
  const starts = Array.from({ length: listed }, () => memberDay + random.int(0, span - 1)).sort(
    (a, b) => a - b,
  );

  const workHistory: WorkHistoryItem[] = [];
  let ongoing = 0;
  let earnings = 0;
  let hours = 0;
  for (const start of starts) {
    const hourly = random.chance(0.55);
    const duration = Math.round(
      hourly ? clamp(random.logNormal(40, 0.9), 3, 720) : clamp(random.logNormal(16, 0.7), 2, 180),
    );
    let end: number | undefined = start + duration;
    if (end > asOfDay) {
      if (ongoing < 3) {
        ongoing++;
        end = undefined;
      } else {
        end = asOfDay;
      }
    }
    const picked = contractSkills(random, input.skills);
    const fitShare = picked.filter((s) => s.specialty).length / picked.length;
    const fit = fitShare > 0 ? 0.6 + 0.4 * fitShare : 0;
    // Rates grow over a career: early contracts were paid less.
    const rateThen = rate * (0.65 + (0.35 * (start - memberDay)) / span);
    const worked = (end ?? asOfDay) - start + 1;
    let amount: number;
    if (hourly) {
      const contractHours = Math.max(1, Math.round((worked / 7) * random.range(4, 30)));
      hours += contractHours;
      amount = contractHours * rateThen;
    } else {
      amount = Math.max(20, Math.round((rateThen * random.logNormal(18, 0.8)) / 5) * 5);
    }
    amount = Math.round(amount * 100) / 100;
    earnings += amount;

    // The template and domain are drawn as before the work texts existed, so every other part
    // of a profile stays as it was; the words come from their own stream.
    const template = input.random.pick(category.content.contracts);
    const domain = random.pick(domains);
    const text =
      workText(input.textRandom, input.catalog, picked, domain) ??
      templateText(template, picked, domain);
    const item: WorkHistoryItem = {
      title: text.title,
      skills: picked.map((s) => s.mention),
      start: toIsoDay(start),
      amount_usd: amount,
      hourly,
    };
    if (random.chance(0.8)) item.description = text.description;
    if (end !== undefined) {
      item.end = toIsoDay(end);
      const performance = 0.55 * quality + 0.3 * fit + 0.15 + random.normal(0, 0.12);
      const outcome: NonNullable<WorkHistoryItem['outcome']> = {
        success: performance + random.normal(0, 0.1) > 0.5,
        on_time: random.chance(clamp(0.35 + 0.6 * performance, 0.05, 0.98)),
        rehired: random.chance(clamp(0.05 + 0.5 * performance * performance, 0, 0.7)),
      };
      if (random.chance(0.85)) {
        const raw = 1 + 4 / (1 + Math.exp(-(performance - 0.4) * 8));
        outcome.rating = clamp(round1(raw + random.normal(0, 0.15)), 1, 5);
        if (random.chance(0.7)) {
          // The review praises the contract's main skill (the draw keeps the random stream).
          random.pick(picked);
          outcome.feedback = feedbackFor(input, outcome.rating, picked[0]!.mention);
        }
      }
      item.outcome = outcome;
    }
    workHistory.push(item);
  }

  const finished = workHistory.filter((w) => w.end !== undefined);
  const averageAmount = finished.length > 0 ? earnings / workHistory.length : rate * 20;
  earnings += unlisted * averageAmount * random.range(0.4, 0.9);
  hours += unlisted * random.range(10, 60);
  const jobsCompleted = finished.length + unlisted;
  const ratings = finished.flatMap((w) =>
    w.outcome?.rating !== undefined ? [w.outcome.rating] : [],
  );

  const stats: Profile['stats'] = {
    reviews_count: ratings.length,
    jobs_completed: jobsCompleted,
    total_earnings_usd: Math.round(earnings),
    total_hours: Math.round(hours),
    member_since: toIsoDay(memberDay),
  };
  if (ratings.length > 0)
    stats.rating = round1(ratings.reduce((a, b) => a + b, 0) / ratings.length);
  if (jobsCompleted >= 3 && finished.length > 0) stats.job_success = jobSuccess(finished);
  if (random.chance(input.isNew && jobsCompleted === 0 ? 0.7 : 0.95)) {
    const median = 0.5 + 30 * (1 - quality) ** 2;
    stats.response_time_hours = round1(clamp(random.logNormal(median, 0.7), 0.1, 120));
  }
  return { workHistory, stats, badges: badgesFor(input, stats) };
}

function jobSuccess(finished: WorkHistoryItem[]): number {
  const share = (pick: (o: NonNullable<WorkHistoryItem['outcome']>) => boolean | undefined) =>
    finished.filter((w) => w.outcome && pick(w.outcome)).length / finished.length;
  const score = 0.7 * share((o) => o.success) + 0.2 * share((o) => o.on_time);
  return Math.round(100 * clamp(score + 0.1 * Math.min(1, 2 * share((o) => o.rehired)), 0, 1));
}

/** The rules the test suite checks: a badge is never given without the stats that earn it. */
export const BADGE_RULES = {
  topRated: { minJobSuccess: 90, minEarnings: 1_000, minJobs: 5 },
  topRatedPlus: { minEarnings: 100_000, minJobs: 20 },
  risingTalent: {
    maxMemberDays: RISING_TALENT_DAYS,
    maxJobs: 5,
    minRating: 4.5,
    minJobSuccess: 90,
  },
  expertVetted: { minQuality: 0.85 },
} as const;

function badgesFor(input: HistoryInput, stats: Profile['stats']): Badge[] {
  const { random, quality } = input;
  const badges: Badge[] = [];
  const r = BADGE_RULES;
  const topRated =
    (stats.job_success ?? 0) >= r.topRated.minJobSuccess &&
    stats.total_earnings_usd >= r.topRated.minEarnings &&
    stats.jobs_completed >= r.topRated.minJobs &&
    random.chance(0.9);
  if (topRated) {
    badges.push('top_rated');
    if (
      stats.total_earnings_usd >= r.topRatedPlus.minEarnings &&
      stats.jobs_completed >= r.topRatedPlus.minJobs &&
      random.chance(0.85)
    ) {
      badges.push('top_rated_plus');
    }
  }
  const memberDays = input.asOfDay - input.memberDay;
  if (
    !topRated &&
    memberDays < r.risingTalent.maxMemberDays &&
    stats.jobs_completed <= r.risingTalent.maxJobs &&
    (stats.rating ?? 5) >= r.risingTalent.minRating &&
    (stats.job_success ?? 100) >= r.risingTalent.minJobSuccess &&
    quality >= 0.55 &&
    random.chance(0.6)
  ) {
    badges.push('rising_talent');
  }
  if (quality >= r.expertVetted.minQuality && input.careerYears >= 5 && random.chance(0.2)) {
    badges.push('expert_vetted');
  }
  return badges;
}
