import { sql, type RawBuilder } from 'kysely';
import type { TextTerm } from '../../core/search-plan.js';
import type { Db } from '../../db/database.js';
import { storeIndexFacts } from '../../reference/index-facts.js';
import { buildTextChampions, compactSearchIndexes } from './champion-lists.js';

// Full-text recall over the whole profile (search_doc: title, skills, portfolio and history,
// overview), so words that only the profile text holds still find people. Its relevance is
// BM25-like: per word, the rank of the word in the profile normalised by the profile's length
// (ts_rank, flag 1) and saturated, weighted by the word's IDF, summed. It stays selective: words
// are taken rarest first until the profiles they can match would pass a bound, so the branch
// reads a bounded slice of the GIN index, and it keeps only its best few.

/** How many profiles the chosen words may match together, at most (beyond the rarest word). */
const MAX_POSTINGS = 20_000;
/** A word in more than this share of profiles selects nothing. */
const MAX_SHARE = 0.25;
const MAX_TERMS = 8;
/** ts_rank of one word at which its contribution is half of its IDF. */
export const SATURATION = 0.05;

/**
 * The words of a request worth a full-text search, with their IDF from the counts `train`
 * stored. Without counts (an index never trained) every word weighs the same.
 */
export async function textTermsOf(db: Db, text: string): Promise<TextTerm[]> {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const { rows } = await sql<{ lexeme: string; profiles: number | null; total: number | null }>`
    select t.lexeme, p.profiles,
      (select (metrics->>'profiles')::int from need_models order by id desc limit 1) as total
    from unnest(to_tsvector('english', ${text})) as t
    left join profile_lexemes p on p.lexeme = t.lexeme`.execute(db);
  if (rows.length === 0) return [];
  const total = rows[0].total;
  if (!total) return rows.slice(0, MAX_TERMS).map((r) => ({ lexeme: r.lexeme, idf: 1 }));
  const known = rows
    .filter((r) => r.profiles && r.profiles / total <= MAX_SHARE)
    .map((r) => ({
      lexeme: r.lexeme,
      profiles: r.profiles!,
      idf: Math.log(1 + (total - r.profiles! + 0.5) / (r.profiles! + 0.5)),
    }))
    .sort((a, b) => a.profiles - b.profiles);
  const chosen: TextTerm[] = [];
  let postings = 0;
  for (const t of known) {
    if (chosen.length >= MAX_TERMS || (chosen.length && postings + t.profiles > MAX_POSTINGS))
      break;
    postings += t.profiles;
    chosen.push({ lexeme: t.lexeme, idf: Math.round(t.idf * 1000) / 1000 });
  }
  return chosen;
}

/** A lexeme as the text queries search it: letters and digits only. */
export function cleanLexeme(lexeme: string): string {
  return lexeme.replace(/[^\p{L}\p{N}]/gu, '');
}

/** Any of the words (lexemes are already stemmed, so the 'simple' configuration keeps them). */
export function textMatch(terms: TextTerm[]): RawBuilder<boolean> {
  const query = terms.map((t) => cleanLexeme(t.lexeme)).join(' | ');
  return sql<boolean>`f.search_doc @@ to_tsquery('simple', ${query})`;
}

/**
 * The BM25-like relevance of a profile's text (`doc`, by default its search_doc) to the words
 * (0 without words).
 */
export function textRelevance(
  terms: TextTerm[],
  doc: RawBuilder<unknown> = sql`f.search_doc`,
): RawBuilder<number> {
  if (terms.length === 0) return sql<number>`0`;
  const parts = terms.map((t) => {
    const lexeme = cleanLexeme(t.lexeme);
    const rank = sql`ts_rank(${doc}, to_tsquery('simple', ${lexeme}), 1)`;
    return sql`${sql.lit(t.idf)} * (${rank} / (${rank} + ${sql.lit(SATURATION)}))`;
  });
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

/**
 * Counts each word's profiles, for IDF, writes each word's champion list, and the other facts
 * searches read about the index; run by `shortlist train` (and so by `seed`).
 */
export async function countProfileWords(db: Db): Promise<number> {
  await storeIndexFacts(db);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('profile_lexemes').execute();
    await sql`insert into profile_lexemes (lexeme, profiles)
      select word, ndoc from ts_stat('select search_doc from freelancers where ai_opt_in')
      where ndoc >= 2`.execute(trx);
  });
  await buildTextChampions(db);
  await compactSearchIndexes(db);
  const row = await db
    .selectFrom('freelancers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ai_opt_in', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
