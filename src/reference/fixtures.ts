import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

// Typed loaders for the data in fixtures/: here the taxonomy and the countries by region. Each
// file is read once and cached; callers must treat the results as read-only.

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

export function loader<T>(file: string): () => T {
  let cached: T | undefined;
  return () => {
    cached ??= JSON.parse(readFileSync(packagePath('fixtures', file), 'utf8')) as T;
    return cached;
  };
}

export const loadTaxonomy = loader<Taxonomy>('taxonomy.json');
export const loadRegions = loader<Regions>('regions.json');
