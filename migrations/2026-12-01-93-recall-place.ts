import { sql, type Kysely } from 'kysely';

// Full-text recall's scan (when a cut champion list leaves too few within the filters) reads the
// profiles holding a searched word in index order until RECALL_POOL pass the hard filters, each on
// its 1.5 KB profile row. With the place (country and time zone, as search_rows' match index holds
// it, migration 92) a second column of the word index, a request's region, countries or time
// zones are keys of the same scan, which intersects the lists inside the index: only the word's
// holders in those places are read. Words alone read it as they read the index it replaces.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index freelancers_search_doc_place on freelancers using gin
    (search_doc, (array[rtrim(country), timezone])) where ai_opt_in`.execute(db);
  await sql`drop index if exists freelancers_search_doc`.execute(db);
  await sql`analyze freelancers`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index freelancers_search_doc on freelancers using gin (search_doc) where ai_opt_in`.execute(
    db,
  );
  await sql`drop index if exists freelancers_search_doc_place`.execute(db);
}
