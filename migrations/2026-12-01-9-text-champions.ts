import { sql, type Kysely } from 'kysely';

// Champion lists for full-text recall: per word, the profiles where it ranks best (ts_rank over the
// whole profile text, length-normalised), best first, so recall reads a few index ranges instead
// of ranking thousands of whole texts. `train` rewrites them; profiles changed since (updated_at
// after the lists' counted_at in index_facts) are searched by a scan, hence the updated_at index.
// An index that was trained before this migration gets its lists now.

const PER_WORD = 1000;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('text_champions')
    .addColumn('lexeme', 'text', (c) => c.notNull())
    .addColumn('rank', 'real', (c) => c.notNull())
    .addColumn('freelancer_id', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create index text_champions_list on text_champions (lexeme, rank desc, freelancer_id)`.execute(
    db,
  );
  await sql`create index freelancers_updated_at on freelancers (updated_at)`.execute(db);

  // An embedded database has no autovacuum: empty the GIN pending lists that every search reads.
  await sql`select gin_clean_pending_list(i.indexrelid)
    from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
    where a.amname = 'gin' and i.indrelid = 'freelancers'::regclass`.execute(db);

  const trained = await sql`select 1 from profile_lexemes limit 1`.execute(db);
  if (trained.rows.length === 0) return;
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
    ) x where n <= ${sql.lit(PER_WORD)}
    order by lexeme, rank desc, freelancer_id`.execute(db);
  await sql`insert into index_facts (name, value) values ('text_champions', ${JSON.stringify({ per_word: PER_WORD })})
    on conflict (name) do update set value = excluded.value, counted_at = now()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from index_facts where name = 'text_champions'`.execute(db);
  await sql`drop index if exists freelancers_updated_at`.execute(db);
  await db.schema.dropTable('text_champions').ifExists().execute();
}
