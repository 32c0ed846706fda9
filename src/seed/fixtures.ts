import { readFileSync } from 'node:fs';

// Typed loaders for the data in fixtures/. Each file is read once and cached; callers must treat
// the results as read-only.

export interface Category {
  id: string;
  name: string;
}

export interface TaxonomySkill {
  id: string;
  name: string;
  category: string;
  synonyms: string[];
  /** Broader skills: evidence for this skill counts as evidence for its parents. */
  parents: string[];
  related: string[];
}

export interface Taxonomy {
  categories: Category[];
  skills: TaxonomySkill[];
}

export const REGIONS = [
  'europe',
  'north_america',
  'latin_america',
  'asia',
  'oceania',
  'africa',
  'middle_east',
] as const;
export type Region = (typeof REGIONS)[number];

export interface Country {
  code: string;
  name: string;
  region: Region;
  /** Relative share of freelancers on a global marketplace. */
  weight: number;
  timezones: string[];
  cities: string[];
  /** For countries with several zones: the zone of each listed city. */
  city_timezones?: Record<string, string>;
  /** ISO 639-1 codes, the main language first. */
  languages: string[];
  /** Hourly rate in USD: log-normal with this median and sigma. */
  rate: { median: number; sigma: number };
}

export interface Regions {
  regions: Region[];
  countries: Country[];
}

export interface NamePool {
  first: string[];
  last: string[];
}

export interface Names {
  groups: Record<string, NamePool>;
  /** Country code to one name group, or to weighted groups. */
  countries: Record<string, string | Record<string, number>>;
}

export interface TextTemplate {
  title: string;
  description: string;
}

export interface Certification {
  name: string;
  issuer: string;
  /** Only people with this skill get the certification. */
  skill?: string;
}

export interface CategoryContent {
  weight: number;
  rate_factor: number;
  portfolio_rate: number;
  roles: string[];
  titles: string[];
  overview: string[];
  portfolio: TextTemplate[];
  contracts: TextTemplate[];
  deliverables: string[];
  certifications: Certification[];
}

export interface Content {
  domains: string[];
  seniority: Record<'junior' | 'mid' | 'senior' | 'lead', string[]>;
  overview: { intro: string[]; agency_intro: string[]; domains: string[]; closing: string[] };
  feedback: { positive: string[]; mixed: string[]; negative: string[] };
  agency: { suffixes: string[]; titles: string[] };
  categories: Record<string, CategoryContent>;
}

function loader<T>(file: string): () => T {
  let cached: T | undefined;
  return () => {
    cached ??= JSON.parse(
      readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'),
    ) as T;
    return cached;
  };
}

export const loadTaxonomy = loader<Taxonomy>('taxonomy.json');
export const loadRegions = loader<Regions>('regions.json');
export const loadNames = loader<Names>('names.json');
export const loadContent = loader<Content>('content.json');
