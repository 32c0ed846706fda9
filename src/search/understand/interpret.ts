import { ShortlistError } from '../../errors.js';
import type { SkillGraph, SkillNode } from '../../reference/skill-graph.js';
import { filtersInForce } from '../../core/hard-filters.js';
import {
  ALL_SOURCES,
  type SearchPlan,
  type SkillTerm,
  type WordSources,
} from '../../core/search-plan.js';
import type { Criteria } from '../../core/criteria.js';
import type { Geo } from '../../reference/index-facts.js';
import { isKnownTimeZone, utcOffsetHours, workdayOverlapHours } from '../../reference/timezones.js';
import { AMBIGUOUS_WORDS, NEVER_ALONE } from './everyday-aliases.js';
import { addDataWork, contextMention } from './context-mentions.js';
import { readVocabulary, spansOf, unusedWords } from './read-words.js';

// Turns what the client asked for into what the database can answer: canonical skill ids, country
// and time-zone sets, language ranks. Everything it decides is also written out in `interpreted`,
// so the client can see why the list looks the way it does.

const LANGUAGE_RANK = { basic: 1, conversational: 2, fluent: 3, native: 4 } as const;
const EXPERIENCE_YEARS = { entry: 0, intermediate: 2, expert: 6 } as const;

export function interpret(
  criteria: Criteria,
  graph: SkillGraph,
  geo: Geo,
  now: Date,
  sources: WordSources = ALL_SOURCES,
): SearchPlan {
  const notices: string[] = [];
  if (
    !/[\p{L}\p{N}]/u.test(criteria.query) &&
    !criteria.required_skills?.length &&
    !criteria.preferred_skills?.length
  ) {
    throw new ShortlistError(
      'invalid_input',
      'query: there are no words to search for. Describe the work in a few words, such as ' +
        '"a bookkeeper for my online shop" or "React developer for a dashboard".',
    );
  }
  const startBy = criteria.availability?.start_by;
  if (startBy && startBy < now.toISOString().slice(0, 10)) {
    notices.push(
      `availability.start_by ${startBy} is in the past, so it leaves nobody out; send today or a later date to ask who can start by then.`,
    );
  }
  const required = resolveSkills(criteria.required_skills ?? [], graph, 'required_skills');
  const preferred: SkillTerm[] = [];
  for (const written of criteria.preferred_skills ?? []) {
    const node = graph.resolve(written);
    if (node) preferred.push(term(written, node, graph));
    else notices.push(`"${written}" is not a skill we know; it counts only as text in the query.`);
  }
  const named = new Set([...required, ...preferred].map((t) => t.node.id));
  // A function named only as context ("our accounting system") is neither a need nor unused.
  const contextUsed: [number, number][] = [];
  let dataOf: string | undefined;
  const allInText = skillsInText(criteria.query, graph).filter((t) => {
    const mention = contextMention(criteria.query, t);
    if (mention) contextUsed.push(...mention.spans);
    dataOf ??= mention?.data;
    return !mention;
  });
  const inText = allInText.filter((t) => !named.has(t.node.id));
  const read = readVocabulary(criteria.query, inText, graph, named, sources.vocabulary, [
    ...spansOf(
      criteria.query,
      allInText.filter((t) => named.has(t.node.id)),
    ),
    ...contextUsed,
  ]);
  if (dataOf && sources.vocabulary) addDataWork(dataOf, read, graph, named);
  const querySkills = [
    ...read.taxonomy.map((t) => ({ ...t, source: 'taxonomy' as const })),
    ...read.terms,
  ];

  const expansions: string[] = [];
  for (const t of required) {
    if (t.node.name.toLowerCase() !== t.asWritten.toLowerCase())
      expansions.push(`"${t.asWritten}" → ${t.node.name}`);
    const narrower = t.accepts.filter((id) => id !== t.node.id).map((id) => graph.get(id)!.name);
    if (narrower.length)
      expansions.push(`${t.node.name} also accepts ${narrower.slice(0, 6).join(', ')}`);
  }
  for (const t of [...preferred, ...read.taxonomy]) {
    if (t.node.name.toLowerCase() !== t.asWritten.toLowerCase())
      expansions.push(`"${t.asWritten}" → ${t.node.name}`);
  }

  const { countries, excludedCountries, timezones } = locationSets(criteria, geo, now);
  const languages = (criteria.languages ?? []).map((l) => ({
    code: l.code.toLowerCase(),
    minRank: LANGUAGE_RANK[l.min_level ?? 'conversational'],
  }));
  const minExperienceYears = criteria.experience_level
    ? EXPERIENCE_YEARS[criteria.experience_level]
    : undefined;

  const plan: SearchPlan = {
    criteria,
    required,
    preferred,
    querySkills,
    countries,
    excludedCountries,
    timezones,
    languages,
    minExperienceYears,
    notices,
    usedSpans: read.used,
    sources,
    fullText: [],
    interpreted: {
      required_skills: required.map((t) => ({
        as_written: t.asWritten,
        skill: t.node.name,
        also_accepts: t.accepts.filter((id) => id !== t.node.id).map((id) => graph.get(id)!.name),
      })),
      preferred_skills: preferred.map((t) => ({ as_written: t.asWritten, skill: t.node.name })),
      skills_in_query: querySkills.map((t) => t.node.name),
      expansions,
      filters: [],
      understood: read.understood,
      unused_words: unusedWords(criteria.query, read.used),
    },
  };
  plan.interpreted.filters = filtersInForce(plan);
  return plan;
}

function term(asWritten: string, node: SkillNode, graph: SkillGraph): SkillTerm {
  return { asWritten, node, accepts: graph.withDescendants(node.id) };
}

function resolveSkills(names: string[], graph: SkillGraph, field: string): SkillTerm[] {
  const terms: SkillTerm[] = [];
  for (const written of names) {
    const node = graph.resolve(written);
    if (!node) {
      const suggestions = graph.suggest(written);
      throw new ShortlistError(
        'invalid_input',
        `${field}: "${written}" is not a skill we know.` +
          (suggestions.length
            ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?`
            : '') +
          ' Put it in preferred_skills or the query to rank by it as text instead.',
      );
    }
    if (!terms.some((t) => t.node.id === node.id)) terms.push(term(written, node, graph));
  }
  return terms;
}

/** Skills named in free text, longest phrase first ("React Native" before "React"). */
export function skillsInText(text: string, graph: SkillGraph): SkillTerm[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}.+#/-]*/gu) ?? [];
  const found: SkillTerm[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(4, words.length - i); n >= 1 && !matched; n--) {
      const phrase = words
        .slice(i, i + n)
        .join(' ')
        .replace(/[.,/]+$/, '');
      if (n === 1 && AMBIGUOUS_WORDS.has(phrase.toLowerCase()) && phrase === phrase.toLowerCase())
        continue;
      if (n === 1 && NEVER_ALONE.has(phrase.toLowerCase())) continue;
      const node = graph.resolve(phrase) ?? graph.resolve(roleToSkill(phrase));
      if (node) {
        matched = n;
        if (!seen.has(node.id)) {
          seen.add(node.id);
          found.push(term(phrase, node, graph));
        }
      }
    }
    i += matched || 1;
  }
  return found;
}

// "logo designer" → "logo design", "video editor" → "video editing": people are named for the
// skill they practise.
const ROLE_SUFFIXES: [RegExp, string][] = [
  [/ designers?$/, ' design'],
  [/ developers?$/, ' development'],
  [/ writers?$/, ' writing'],
  [/ editors?$/, ' editing'],
  [/ testers?$/, ' testing'],
  [/ translators?$/, ' translation'],
  [/ auditors?$/, ' auditing'],
  [/ marketers?$/, ' marketing'],
  [/ modelers?$/, ' modeling'],
];

function roleToSkill(phrase: string): string {
  const lower = phrase.toLowerCase();
  for (const [suffix, skill] of ROLE_SUFFIXES)
    if (suffix.test(lower)) return lower.replace(suffix, skill);
  return lower;
}

function countryCodes(codes: string[] | undefined, geo: Geo, field: string): string[] {
  return (codes ?? []).map((c) => {
    const code = c.toUpperCase();
    if (!geo.countries.has(code)) {
      throw new ShortlistError(
        'invalid_input',
        `location.${field}: "${c}" is not a country code we know; use ISO 3166 alpha-2 such as "DE".`,
      );
    }
    return code;
  });
}

function locationSets(criteria: Criteria, geo: Geo, now: Date) {
  const loc = criteria.location;
  let countries: string[] | undefined;
  if (loc?.countries?.length || loc?.regions?.length) {
    const set = new Set<string>(countryCodes(loc.countries, geo, 'countries'));
    for (const r of loc.regions ?? []) for (const c of geo.byRegion.get(r) ?? []) set.add(c);
    countries = [...set];
  }
  // Places left out ("not from India", "nobody in Asia"), as the countries they cover.
  const out = new Set(countryCodes(loc?.exclude_countries, geo, 'exclude_countries'));
  for (const r of loc?.exclude_regions ?? []) for (const c of geo.byRegion.get(r) ?? []) out.add(c);
  const excludedCountries = out.size ? [...out] : undefined;
  let timezones: string[] | undefined;
  if (loc?.utc_offset_min !== undefined || loc?.utc_offset_max !== undefined || loc?.overlap_with) {
    const min = loc.utc_offset_min ?? -12;
    const max = loc.utc_offset_max ?? 14;
    let clientOffset: number | undefined;
    if (loc.overlap_with) {
      if (!isKnownTimeZone(loc.overlap_with.timezone)) {
        throw new ShortlistError(
          'invalid_input',
          `location.overlap_with.timezone: "${loc.overlap_with.timezone}" is not an IANA time zone; use a name such as "America/New_York".`,
        );
      }
      clientOffset = utcOffsetHours(loc.overlap_with.timezone, now);
    }
    timezones = geo.timezones.filter((tz) => {
      const offset = utcOffsetHours(tz, now);
      if (offset < min || offset > max) return false;
      return (
        clientOffset === undefined ||
        workdayOverlapHours(offset, clientOffset) >= loc.overlap_with!.hours
      );
    });
  }
  return { countries, excludedCountries, timezones };
}
