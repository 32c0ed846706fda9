import { sql, type Kysely } from 'kysely';

// Full-text recall over the whole profile (overview, portfolio, work history, certifications):
// a GIN index on search_doc so the recall branch reads only the profiles holding a searched word,
// and each word's document frequency, counted by `shortlist train`, so the branch can weigh rare
// words above common ones (IDF) and skip words too common to select anything.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index freelancers_search_doc on freelancers using gin (search_doc) where ai_opt_in`.execute(
    db,
  );
  await db.schema
    .createTable('profile_lexemes')
    .addColumn('lexeme', 'text', (c) => c.primaryKey())
    .addColumn('profiles', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('profile_lexemes').ifExists().execute();
  await sql`drop index if exists freelancers_search_doc`.execute(db);
}
