import { loader } from '../reference/fixtures.js';

// The data synthetic profiles are drawn from: names by country and text templates by category.

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

/** What each skill's work looks like, as short task phrases ("reconcile bank accounts"). */
export interface SkillWork {
  skills: Record<string, string[]>;
}

export const loadNames = loader<Names>('names.json');
export const loadSkillWork = loader<SkillWork>('skill-work.json');
export const loadContent = loader<Content>('content.json');
