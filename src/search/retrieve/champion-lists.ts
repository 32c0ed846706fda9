import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

// Champion lists for full-text recall (read by recall.ts): per word, the profiles where that word
// ranks best, by its ts_rank over the whole profile text, length-normalised (flag 1): the same
// number textRelevance computes at search time. Written by `train`, beside profile_lexemes.

/** The best profiles kept per word. Words held by fewer profiles keep them all. */
export const CHAMPIONS_PER_WORD = 1_000;
/**
 * Writes every word's champion list from the profiles as they are now (run by `train`), and how
 * long the lists are, which is what recall reads.
 */
export async function buildTextChampions(db: Db, perWord = CHAMPIONS_PER_WORD): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('text_champions').execute();
    // Rows go in list order, so one word's list sits on neighbouring pages.
    await sql`insert into text_champions (lexeme, rank, freelancer_id)
      select lexeme, rank, freelancer_id from (
        select lexeme, rank, freelancer_id,
          row_number() over (partition by lexeme order by rank desc, freelancer_id) as n
        from (
          select u.lexeme, d.id as freelancer_id,
            ts_rank(d.doc, to_tsquery('simple', u.lexeme), 1) as rank
          from (select id, search_doc || ''::tsvector as doc from freelancers
                where ai_opt_in offset 0) d
          cross join lateral unnest(d.doc) u
          join profile_lexemes p on p.lexeme = u.lexeme
          where u.lexeme ~ '^[[:alnum:]]+$') r
      ) x where n <= ${sql.lit(perWord)}
      order by lexeme, rank desc, freelancer_id`.execute(trx);
    await sql`analyze text_champions`.execute(trx);
    await trx
      .insertInto('index_facts')
      .values({ name: 'text_champions', value: JSON.stringify({ per_word: perWord }) })
      .onConflict((oc) =>
        oc.column('name').doUpdateSet({
          value: (eb) => eb.ref('excluded.value'),
          counted_at: sql`now()`,
        }),
      )
      .execute();
  });
  // Marks the new rows all-visible, so reading a list touches the index only.
  await sql`vacuum text_champions`.execute(db);
}

/**
 * Moves the words and skills that writes left in the search indexes' pending lists (GIN
 * fastupdate) into the indexes proper. Every search that uses such an index reads its whole
 * pending list, and an embedded database has no autovacuum to empty it: after seeding the demo
 * it held about 1,300 pages, a fifth of a search's time. Run after `train` and `import`.
 */
export async function compactSearchIndexes(db: Db): Promise<void> {
  await sql`select gin_clean_pending_list(i.indexrelid)
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where a.amname = 'gin' and i.indrelid in ('freelancers'::regclass, 'search_rows'::regclass)`.execute(
    db,
  );
}
