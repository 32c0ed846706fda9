import { sql, type Kysely } from 'kysely';

// The title's words on their own: a GIN index over the headline's weight-A lexemes, so a search
// for words in titles reads exactly the profiles whose title holds them. Matching
// `headline_doc @@ 'word':A` through the headline's index returned every profile with the word
// anywhere in title or skills, and each one's vector was rechecked on its heap row. (Numbered 90,
// not 10: migration names sort as text, and 10 would sort before 9.)

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index freelancers_title_lexemes on freelancers
    using gin (ts_filter(headline_doc, '{a}')) where ai_opt_in`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists freelancers_title_lexemes`.execute(db);
}
