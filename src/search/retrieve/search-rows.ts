import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Eb } from '../../core/hard-filter-record.js';
import { hardFilters, type FilterName } from '../../core/hard-filters.js';
import type { SearchPlan } from '../../core/search-plan.js';

// Retrieval reads its match sets, counts and filter probes from `search_rows` (migration 91): a
// narrow copy of each profile kept by triggers, with the hard-filter columns under the names of
// `freelancers`, the title's words (`title_doc`, the headline's weight-A lexemes) and languages as
// tokens. Checking ten thousand matches there touches a quarter of the pages the 1.5 KB profile
// rows took, and the language filter is an indexed array test instead of a join per language.

export type RowEb = ExpressionBuilder<Database & { f: Database['search_rows'] }, 'f'>;

/** A language asked for as the token its speakers hold (`es4`: Spanish at rank 4 or better). */
export function languageToken(code: string, minRank: number): string {
  return `${code.trimEnd()}${Math.max(1, minRank)}`;
}

/**
 * The hard filters over a search row `f`: the same records as over `freelancers`, with the
 * language filter read from the row's own tokens.
 */
export function rowFilters(
  plan: SearchPlan,
  eb: RowEb,
  skip?: ReadonlySet<FilterName>,
): Expression<SqlBool> {
  const skipped = new Set<FilterName>(skip);
  skipped.add('languages');
  // The records read only columns that search_rows holds under the same names.
  const conditions = [hardFilters(plan, eb as unknown as Eb, skipped)];
  if (!skip?.has('languages') && plan.languages.length) {
    const tokens = plan.languages.map((l) => languageToken(l.code, l.minRank));
    conditions.push(sql<SqlBool>`f.languages @> ${sql.val(tokens)}::text[]`);
  }
  conditions.push(...placeKeys(plan, skip));
  return eb.and(conditions);
}

/**
 * The place filters again, as keys of an index that holds the place beside the words (search
 * rows' match index, migration 92; the profiles' text index, migration 93), so that its scan
 * intersects them with the skills and words. The records' own conditions stay exact; these only
 * repeat them over `f` (a search row or a profile: both have the columns).
 */
export function placeKeys(plan: SearchPlan, skip?: ReadonlySet<FilterName>): Expression<SqlBool>[] {
  const keys: Expression<SqlBool>[] = [];
  for (const [name, places] of [
    ['countries', plan.countries],
    ['timezones', plan.timezones],
  ] as const) {
    if (places && !skip?.has(name)) keys.push(sql<SqlBool>`${PLACE} && ${sql.val(places)}::text[]`);
  }
  return keys;
}

/** A search row's place as the match index holds it: its country and its time zone. */
const PLACE = sql`array[rtrim(f.country), f.timezone]`;
