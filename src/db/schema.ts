import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Json } from './column-types.js';
import type {
  EmbeddingCacheTable,
  EmbeddingsTable,
  IndexFactsTable,
  ModelsTable,
  NeedModelsTable,
  NeedModelWeightsTable,
  ProfileLexemesTable,
  TextChampionsTable,
} from './search-schema.js';

// One interface per table. Dates (`date` columns) arrive as 'YYYY-MM-DD' strings and int8 as
// numbers on both databases: src/db/database.ts installs the same type parsers on each.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CategoriesTable {
  id: string;
  name: string;
}

export interface SkillsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  category_id: string;
}

export interface SkillAliasesTable {
  alias: string;
  skill_id: number;
}

export interface SkillParentsTable {
  skill_id: number;
  parent_id: number;
}

export interface SkillRelatedTable {
  skill_id: number;
  related_id: number;
}

export interface CountriesTable {
  code: string;
  name: string;
  region: string;
  timezones: string[];
}

export interface FreelancersTable {
  id: Generated<number>;
  external_id: string;
  name: string;
  title: string;
  overview: string;
  hourly_rate_usd: number;
  country: string;
  city: string | null;
  timezone: string;
  region: string | null;
  hours_per_week: number;
  available_from: string | null;
  talent_type: 'independent' | 'agency';
  rating: number | null;
  reviews_count: number;
  jobs_completed: number;
  job_success: number | null;
  total_earnings_usd: number;
  total_hours: number;
  member_since: string;
  response_time_hours: number | null;
  /** Longest stated experience in any skill: what experience_level filters on. */
  experience_years: number;
  /** Static quality prior (src/ranking/quality.ts), for taking the best of a large match set. */
  prior_score: number;
  /** The most evidence behind any one of the person's skills: what "a lot" means for them. */
  max_evidence: number;
  badges: string[];
  certifications: Json<{ name: string; issuer?: string; year?: number }[]>;
  /** Canonical skill ids the profile shows, closed over their parents (for GIN containment). */
  skill_ids: number[];
  /** Skills as written that the taxonomy does not know; still searchable as text. */
  other_skills: string[];
  ai_opt_in: boolean;
  source_hash: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FreelancerSkillsTable {
  freelancer_id: number;
  skill_id: number;
  name_as_written: string;
  years: number | null;
  level: 'beginner' | 'intermediate' | 'expert' | null;
  /** How many contracts and portfolio items show this skill or a narrower one. */
  evidence_count: number;
  rated: number;
  rating_sum: number;
  judged: number;
  succeeded: number;
}

export interface FreelancerLanguagesTable {
  freelancer_id: number;
  code: string;
  level: 'basic' | 'conversational' | 'fluent' | 'native';
  level_rank: number;
}

export interface PortfolioItemsTable {
  id: Generated<number>;
  freelancer_id: number;
  position: number;
  title: string;
  description: string;
  skills: string[];
  skill_ids: number[];
  url: string | null;
}

export interface ContractsTable {
  id: Generated<number>;
  freelancer_id: number;
  position: number;
  title: string;
  description: string | null;
  skills: string[];
  skill_ids: number[];
  start_date: string;
  end_date: string | null;
  amount_usd: number | null;
  hourly: boolean | null;
  rating: number | null;
  feedback: string | null;
  on_time: boolean | null;
  rehired: boolean | null;
  success: boolean | null;
}

export interface SeedTruthTable {
  freelancer_id: number;
  quality: number;
  specialties: string[];
}

export interface AccountsTable {
  id: string;
  name: string;
  plan: 'free' | 'pro' | 'max';
  created_at: Generated<Date>;
}

export interface ApiKeysTable {
  id: string;
  account_id: string;
  key_hash: string;
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface SearchSessionsTable {
  id: string;
  account_id: string;
  parent_id: string | null;
  criteria: Json<unknown>;
  results: Json<unknown>;
  total_matches: number;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface HandoffsTable {
  id: string;
  account_id: string;
  search_id: string | null;
  action: 'invite' | 'message' | 'post_job';
  job: Json<unknown>;
  freelancer_ids: string[];
  marketplace: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface HandoffOpensTable {
  id: Generated<number>;
  handoff_id: string;
  target: string;
  opened_at: Generated<Date>;
}

export interface UsageTable {
  account_id: string;
  period: string;
  calls: number;
}

/**
 * A narrow copy of each profile for retrieval (migration 91), kept by triggers on `freelancers`
 * and `freelancer_languages`: the hard-filter columns under their own names, the title's words,
 * and languages as tokens (`es4`: Spanish at rank 4 or better).
 */
export interface SearchRowsTable extends Pick<
  FreelancersTable,
  | 'prior_score'
  | 'hourly_rate_usd'
  | 'hours_per_week'
  | 'experience_years'
  | 'rating'
  | 'job_success'
  | 'jobs_completed'
  | 'available_from'
  | 'ai_opt_in'
  | 'country'
  | 'timezone'
  | 'talent_type'
  | 'external_id'
  | 'badges'
  | 'skill_ids'
> {
  id: number;
  updated_at: Date;
  languages: string[];
  title_doc: string;
}

export interface RateLimitWindowsTable {
  key: string;
  /** Start of the fixed window, in epoch milliseconds. */
  window_start: number;
  hits: number;
}

export interface Database {
  categories: CategoriesTable;
  skills: SkillsTable;
  skill_aliases: SkillAliasesTable;
  skill_parents: SkillParentsTable;
  skill_related: SkillRelatedTable;
  countries: CountriesTable;
  freelancers: FreelancersTable;
  freelancer_skills: FreelancerSkillsTable;
  freelancer_languages: FreelancerLanguagesTable;
  portfolio_items: PortfolioItemsTable;
  contracts: ContractsTable;
  seed_truth: SeedTruthTable;
  embeddings: EmbeddingsTable;
  embedding_cache: EmbeddingCacheTable;
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  search_sessions: SearchSessionsTable;
  handoffs: HandoffsTable;
  handoff_opens: HandoffOpensTable;
  usage: UsageTable;
  models: ModelsTable;
  need_models: NeedModelsTable;
  need_model_weights: NeedModelWeightsTable;
  profile_lexemes: ProfileLexemesTable;
  rate_limit_windows: RateLimitWindowsTable;
  index_facts: IndexFactsTable;
  text_champions: TextChampionsTable;
  search_rows: SearchRowsTable;
}

export type Freelancer = Selectable<FreelancersTable>;
export type NewFreelancer = Insertable<FreelancersTable>;
export type Contract = Selectable<ContractsTable>;
