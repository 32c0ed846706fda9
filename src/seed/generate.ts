import type { Profile } from '../index/profile.js';
import {
  buildSkills,
  fillTemplate,
  fillTitle,
  loadCatalog,
  personSkill,
  workText,
  type Catalog,
  type PersonSkill,
  type SeedCategory,
} from './catalog.js';
import type { Country } from '../reference/fixtures.js';
import { dayOf, generateHistory, toIsoDay } from './history.js';
import { createRandom, hashSeed, type Random } from './random.js';

// Synthetic but realistic freelancers for demos, tests and benchmarks. Profile i depends only on
// (seed, i, asOf): each one has its own random stream, so generation streams in O(1) memory and
// any slice can be regenerated from startIndex.

export interface SeededProfile {
  profile: Profile;
  truth: {
    /** Hidden 0..1 quality that drives outcomes; never part of the profile. */
    quality: number;
    /** Canonical skill ids the person is really strong in. */
    specialties: string[];
  };
}

export interface GenerateOptions {
  count: number;
  seed: number | string;
  /** ISO date: the "today" of the data. Nothing finished lies after it. */
  asOf: string;
  startIndex?: number;
}

const FIRST_MEMBER_DAY = dayOf('2008-01-01');
const ENGLISH_EVERYDAY = new Set([
  'IN',
  'PK',
  'PH',
  'NG',
  'KE',
  'GH',
  'UG',
  'TZ',
  'RW',
  'ZA',
  'SG',
  'HK',
  'NL',
  'SE',
  'NO',
  'DK',
  'FI',
  'IL',
  'MY',
  'CM',
]);
const EXTRA_LANGUAGES = ['es', 'fr', 'de', 'ru', 'pt', 'it', 'ar', 'zh'];
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

export function* generateProfiles(options: GenerateOptions): Generator<SeededProfile> {
  const catalog = loadCatalog();
  const asOfDay = dayOf(options.asOf);
  if (Number.isNaN(asOfDay)) throw new Error(`asOf must be an ISO date, got "${options.asOf}"`);
  const start = options.startIndex ?? 0;
  for (let i = start; i < start + options.count; i++) {
    yield generateProfile(catalog, options.seed, i, asOfDay);
  }
}

export function externalId(seed: number | string, index: number): string {
  return `fl_${hashSeed(String(seed))[0].toString(36)}_${index.toString(36).padStart(6, '0')}`;
}

function generateProfile(
  catalog: Catalog,
  seed: number | string,
  index: number,
  asOfDay: number,
): SeededProfile {
  const random = createRandom(`${seed}:${index}`);
  const country = random.weightedPick(catalog.countries, (c) => c.weight);
  const category = random.weightedPick(catalog.categories, (c) => c.content.weight);
  const isNew = random.chance(0.1);
  const isAgency = !isNew && random.chance(0.085);
  // Beta(5,3) has mean 0.625; a third of new freelancers are drawn from a stronger pool so that
  // some rising talent really is good.
  const quality = isNew && random.chance(0.35) ? random.beta(7, 2) : random.beta(5, 3);

  const memberYears = isNew ? random.range(0.02, 1.3) : clamp(random.logNormal(3, 0.7), 0.3, 16);
  const memberDay = Math.max(FIRST_MEMBER_DAY, asOfDay - Math.round(memberYears * 365));
  const careerYears = Math.round((asOfDay - memberDay) / 365 + random.range(0, isNew ? 6 : 9));

  const skills = buildSkills(random, catalog, category, country, careerYears, quality);
  const domains = random.sample(catalog.content.domains, 3);
  const rateFactor =
    (1 + 0.05 * Math.min(careerYears, 15)) * (0.7 + 0.6 * quality) * category.content.rate_factor;
  const rate = clamp(
    Math.round(random.logNormal(country.rate.median * rateFactor * 0.75, country.rate.sigma)),
    3,
    400,
  );
  const textRandom = createRandom(`${seed}:${index}:text`);
  const history = generateHistory({
    random,
    textRandom,
    catalog,
    content: catalog.content,
    category,
    quality,
    isNew,
    isAgency,
    careerYears,
    memberDay,
    asOfDay,
    rate: isAgency ? rate * 1.2 : rate,
    skills,
    domains,
  });

  const top = skills.map((s) => s.mention);
  const values: Record<string, string | number> = {
    skill1: top[0]!,
    skill2: top[1] ?? top[0]!,
    skill3: top[2] ?? top[1] ?? top[0]!,
    domain: domains[0]!,
    domain2: domains[1]!,
    domain3: domains[2]!,
    years: Math.max(1, careerYears),
    role: random.pick(category.content.roles),
    seniority: random.pick(catalog.content.seniority[seniorityOf(careerYears)]),
    category: category.name.toLowerCase(),
    team_size: random.int(3, 40),
  };
  const { first, last } = pickName(random, catalog, country);
  const profile: Profile = {
    external_id: externalId(seed, index),
    name: isAgency
      ? `${last} ${random.pick(catalog.content.agency.suffixes)}`
      : random.chance(0.3)
        ? `${first} ${last[0]}.`
        : `${first} ${last}`,
    title: fillTitle(
      random.pick(isAgency ? catalog.content.agency.titles : category.content.titles),
      values,
    ),
    overview: overview(random, catalog, category, isAgency, values),
    skills: skills.map((s) => personSkill(random, s, careerYears, quality)),
    hourly_rate_usd: isAgency ? Math.round(rate * 1.2) : rate,
    location: location(random, country),
    languages: languages(random, country, quality),
    availability: {
      hours_per_week: random.weightedPick([10, 15, 20, 25, 30, 35, 40], (h) =>
        h === 40 ? 4 : h === 20 ? 3 : h === 30 ? 2 : 1,
      ),
    },
    talent_type: isAgency ? 'agency' : 'independent',
    stats: history.stats,
    badges: history.badges,
    portfolio: portfolio(random, textRandom, catalog, category, skills, domains, index),
    work_history: history.workHistory,
    certifications: certifications(random, category, skills, quality, memberDay, asOfDay),
    ai_opt_in: !random.chance(0.02),
  };
  if (random.chance(0.2))
    profile.availability.available_from = toIsoDay(asOfDay + random.int(3, 42));
  const specialties = skills.filter((s) => s.specialty).map((s) => s.skill.id);
  return { profile, truth: { quality, specialties } };
}

function seniorityOf(years: number): 'junior' | 'mid' | 'senior' | 'lead' {
  return years < 2 ? 'junior' : years < 6 ? 'mid' : years < 11 ? 'senior' : 'lead';
}

function pickName(
  random: Random,
  catalog: Catalog,
  country: Country,
): { first: string; last: string } {
  const mapping = catalog.names.countries[country.code] ?? 'anglo';
  const groupName =
    typeof mapping === 'string'
      ? mapping
      : random.weightedPick(Object.keys(mapping), (g) => mapping[g]!);
  const group = catalog.names.groups[groupName]!;
  return { first: random.pick(group.first), last: random.pick(group.last) };
}

function overview(
  random: Random,
  catalog: Catalog,
  category: SeedCategory,
  isAgency: boolean,
  values: Record<string, string | number>,
): string {
  const t = catalog.content.overview;
  const sentences = [
    random.pick(isAgency ? t.agency_intro : t.intro),
    ...random.sample(category.content.overview, random.int(1, 2)),
    random.pick(t.domains),
    random.pick(t.closing),
  ];
  return sentences
    .map((s) => fillTemplate(s, values))
    .filter(Boolean)
    .join(' ');
}

function location(random: Random, country: Country): Profile['location'] {
  const city = random.pick(country.cities);
  const timezone = country.city_timezones?.[city] ?? random.pick(country.timezones);
  return random.chance(0.9)
    ? { country: country.code, city, timezone }
    : { country: country.code, timezone };
}

function languages(random: Random, country: Country, quality: number): Profile['languages'] {
  const result: Profile['languages'] = country.languages.map((code, i) => ({
    code,
    level: i === 0 || random.chance(0.5) ? 'native' : 'fluent',
  }));
  if (!country.languages.includes('en')) {
    const fluent = ENGLISH_EVERYDAY.has(country.code) ? 0.85 : 0.45 + 0.25 * quality;
    const level = random.chance(fluent)
      ? 'fluent'
      : random.chance(0.8)
        ? 'conversational'
        : 'basic';
    result.push({ code: 'en', level });
  }
  if (random.chance(0.12)) {
    const extra = random.pick(EXTRA_LANGUAGES);
    if (!result.some((l) => l.code === extra))
      result.push({ code: extra, level: random.chance(0.5) ? 'conversational' : 'basic' });
  }
  return result;
}

function portfolio(
  random: Random,
  textRandom: Random,
  catalog: Catalog,
  category: SeedCategory,
  skills: PersonSkill[],
  domains: string[],
  index: number,
): Profile['portfolio'] {
  if (!random.chance(category.content.portfolio_rate)) return [];
  const templates = random.sample(
    category.content.portfolio,
    random.weightedPick([1, 2, 3, 4, 5, 6], (n) => 7 - n),
  );
  return templates.map((t, i) => {
    const used = [skills[0]!, ...random.sample(skills.slice(1), random.int(0, 3))];
    const values = {
      skill1: used[0]!.mention,
      skill2: (used[1] ?? used[0]!).mention,
      domain: random.pick(domains),
    };
    const template = {
      title: fillTitle(t.title, values),
      description: fillTemplate(t.description, values),
    };
    const text = workText(textRandom, catalog, used, values.domain) ?? template;
    const item: Profile['portfolio'][number] = {
      title: text.title,
      description: text.description,
      skills: used.map((s) => s.mention),
    };
    if (random.chance(0.4))
      item.url = `https://portfolio.example.com/${index.toString(36)}/${i + 1}`;
    return item;
  });
}

function certifications(
  random: Random,
  category: SeedCategory,
  skills: PersonSkill[],
  quality: number,
  memberDay: number,
  asOfDay: number,
): Profile['certifications'] {
  const ids = new Set(skills.map((s) => s.skill.id));
  const eligible = category.content.certifications.filter((c) => !c.skill || ids.has(c.skill));
  if (eligible.length === 0 || !random.chance(0.15 + 0.3 * quality)) return [];
  const firstYear = Number(toIsoDay(memberDay).slice(0, 4)) - 2;
  const lastYear = Number(toIsoDay(asOfDay).slice(0, 4));
  return random
    .sample(eligible, random.int(1, 2))
    .map((c) => ({ name: c.name, issuer: c.issuer, year: random.int(firstYear, lastYear) }));
}
