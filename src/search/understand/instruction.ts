import type { SkillGraph } from '../../reference/skill-graph.js';
import type { Criteria, Region } from '../../core/criteria.js';
import { skillsInText } from './interpret.js';

// The common refinements a client says in words, for when the assistant passes only the words:
// a skill ("prefer Shopify"), a region or time zone ("European time zones"), a rate ("under $60").
// Anything not recognised here is left to the assistant, which can send structured fields.

export interface ParsedInstruction {
  hourly_rate?: { min?: number; max?: number };
  regions?: Region[];
  utc?: { min: number; max: number; label: string };
  overlap_with?: { timezone: string; hours: number };
  add_required_skills: string[];
  add_preferred_skills: string[];
  remove_skills: string[];
  min_rating?: number;
  talent_type?: Criteria['talent_type'];
  badges?: Criteria['badges'];
  min_hours_per_week?: number;
  recognised: string[];
}

const REGION_WORDS: [RegExp, Region][] = [
  [/\beurop(e|ean)\b/, 'europe'],
  [/\b(north america|north american|us-based|usa|united states|canada)\b/, 'north_america'],
  [/\b(latin america|latam|south america|latin american)\b/, 'latin_america'],
  [/\b(asia|asian)\b/, 'asia'],
  [/\b(oceania|australia|new zealand)\b/, 'oceania'],
  [/\b(africa|african)\b/, 'africa'],
  [/\b(middle east|middle eastern|gulf)\b/, 'middle_east'],
];

// Working-hours bands clients mean by "<region> time zones".
const ZONE_BANDS: Partial<Record<Region, { min: number; max: number }>> = {
  europe: { min: -1, max: 3 },
  north_america: { min: -8, max: -4 },
  latin_america: { min: -6, max: -3 },
  asia: { min: 5, max: 9 },
  oceania: { min: 8, max: 13 },
};

const CITIES: Record<string, string> = {
  'new york': 'America/New_York',
  nyc: 'America/New_York',
  boston: 'America/New_York',
  toronto: 'America/Toronto',
  chicago: 'America/Chicago',
  austin: 'America/Chicago',
  denver: 'America/Denver',
  'san francisco': 'America/Los_Angeles',
  'los angeles': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  london: 'Europe/London',
  berlin: 'Europe/Berlin',
  paris: 'Europe/Paris',
  amsterdam: 'Europe/Amsterdam',
  dubai: 'Asia/Dubai',
  singapore: 'Asia/Singapore',
  tokyo: 'Asia/Tokyo',
  sydney: 'Australia/Sydney',
};

const MONEY = String.raw`\$?\s*(\d+(?:\.\d+)?)\s*(?:usd|dollars?|\$)?\s*(?:\/\s*h(?:ou)?r?|an hour|per hour|\/hour)?`;

export function parseInstruction(text: string, graph: SkillGraph): ParsedInstruction {
  const t = text.toLowerCase();
  const out: ParsedInstruction = {
    add_required_skills: [],
    add_preferred_skills: [],
    remove_skills: [],
    recognised: [],
  };

  const between = t.match(new RegExp(String.raw`between\s+${MONEY}\s+and\s+${MONEY}`));
  const under = t.match(
    new RegExp(
      String.raw`(?:under|below|less than|at most|max(?:imum)?|up to|no more than|cheaper than|<)\s*${MONEY}`,
    ),
  );
  const over = t.match(
    new RegExp(String.raw`(?:over|above|more than|at least|min(?:imum)?|>)\s*${MONEY}`),
  );
  if (between) out.hourly_rate = { min: Number(between[1]), max: Number(between[2]) };
  else if (under || (over && /\$|\/h|hour|rate/.test(t))) {
    out.hourly_rate = {
      ...(under ? { max: Number(under[1]) } : {}),
      ...(over && /\$|\/h|hour|rate/.test(over[0]) ? { min: Number(over[1]) } : {}),
    };
  }
  if (out.hourly_rate) out.recognised.push('rate');

  const zones = /time ?zones?|hours|timezone|working hours/.test(t);
  for (const [pattern, region] of REGION_WORDS) {
    if (!pattern.test(t)) continue;
    const band = ZONE_BANDS[region];
    if (zones && band) out.utc = { ...band, label: `${region.replace('_', ' ')} time zones` };
    else (out.regions ??= []).push(region);
    out.recognised.push(zones && band ? 'time zone' : 'region');
  }
  const overlap = t.match(
    /overlap (?:with )?([a-z ]+?)(?:\s+(?:by|of|for)\s+(\d+)\s*h(?:ours?)?)?(?:[.,;]|$)/,
  );
  const city = overlap && Object.keys(CITIES).find((c) => overlap[1].includes(c));
  if (city) {
    out.overlap_with = { timezone: CITIES[city], hours: overlap[2] ? Number(overlap[2]) : 4 };
    out.recognised.push('time-zone overlap');
  }

  // Skills: the verb in front decides (must/require → required; without/no/drop → removed).
  for (const skill of skillsInText(text, graph)) {
    const at = t.indexOf(skill.asWritten.toLowerCase());
    const before = t.slice(Math.max(0, at - 40), at);
    const name = skill.node.name;
    if (/\b(without|no|drop|remove|exclude|not|don't need|skip)\s+(\w+\s+)?$/.test(before))
      out.remove_skills.push(name);
    else if (
      /\b(must|require[sd]?|requirement|need(s|ed)?|has to|have to|only)\b[^.;]*$/.test(before)
    )
      out.add_required_skills.push(name);
    else out.add_preferred_skills.push(name);
  }
  if (out.add_required_skills.length + out.add_preferred_skills.length + out.remove_skills.length)
    out.recognised.push('skills');

  const rating = t.match(
    /(?:rating|rated)\s*(?:of\s*)?(?:above|over|at least|>=?)?\s*(\d(?:\.\d)?)/,
  );
  if (rating && Number(rating[1]) >= 1 && Number(rating[1]) <= 5) {
    out.min_rating = Number(rating[1]);
    out.recognised.push('rating');
  }
  if (/\bagenc(y|ies)\b/.test(t) && !/\bno agenc/.test(t)) out.talent_type = 'agency';
  if (/\b(independent|individual|no agenc)/.test(t)) out.talent_type = 'independent';
  if (out.talent_type) out.recognised.push('talent type');
  if (/\btop[- ]rated plus\b/.test(t)) out.badges = ['top_rated_plus'];
  else if (/\btop[- ]rated\b/.test(t)) out.badges = ['top_rated'];
  if (/\bexpert[- ]vetted\b/.test(t)) out.badges = [...(out.badges ?? []), 'expert_vetted'];
  if (out.badges) out.recognised.push('badges');
  if (/\bfull[- ]time\b/.test(t)) out.min_hours_per_week = 30;
  else if (/\bpart[- ]time\b/.test(t)) out.min_hours_per_week = 15;
  if (out.min_hours_per_week) out.recognised.push('availability');
  return out;
}
