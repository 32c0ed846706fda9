import { sql, type Kysely } from 'kysely';

// One GIN index over everything retrieval matches or filters on in a search row: skills, title
// words, language tokens, badges, and the place (country and time zone, as a two-element array).
// A request's conditions on several of these become keys of one index scan, which intersects their
// posting lists inside the index: native Spanish speakers who translate are found as the 3,025
// entries both lists share, not as 78,599 speakers whose rows are each checked for the skill.
// Single conditions read it as they read the three indexes it replaces.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index search_rows_match on search_rows using gin
    (skill_ids, title_doc, languages, badges, (array[rtrim(country), timezone])) where ai_opt_in`.execute(
    db,
  );
  await sql`drop index if exists search_rows_skill_ids`.execute(db);
  await sql`drop index if exists search_rows_title`.execute(db);
  await sql`drop index if exists search_rows_languages`.execute(db);
  await sql`analyze search_rows`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index search_rows_skill_ids on search_rows using gin (skill_ids) where ai_opt_in`.execute(
    db,
  );
  await sql`create index search_rows_title on search_rows using gin (title_doc) where ai_opt_in`.execute(
    db,
  );
  await sql`create index search_rows_languages on search_rows using gin (languages) where ai_opt_in`.execute(
    db,
  );
  await sql`drop index if exists search_rows_match`.execute(db);
}
