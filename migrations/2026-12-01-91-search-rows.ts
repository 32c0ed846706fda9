import { sql, type Kysely } from 'kysely';

// A narrow copy of each profile for retrieval: the hard-filter columns, the skills and the title's
// words, about 400 bytes a row instead of 1.5 KB. Retrieval reads its match set, counts and filter
// probes here, so checking thousands of matches touches a quarter of the pages. Languages are a
// column of tokens (`es4`: speaks Spanish at rank 4 or better, so a native speaker holds es1..es4),
// so the language filter is an array test with its own index instead of a join.
//
// Triggers keep it exact: every insert, update and delete of `freelancers` (statement-level, with
// transition tables, so a bulk load pays one statement per batch) and every change to
// `freelancer_languages` rewrites the rows concerned in the same transaction.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table search_rows (
    id bigint primary key,
    prior_score float8 not null,
    hourly_rate_usd float8 not null,
    hours_per_week float8 not null,
    experience_years float8 not null,
    rating float8,
    job_success float8,
    updated_at timestamptz not null,
    jobs_completed int not null,
    available_from date,
    ai_opt_in boolean not null,
    country char(2) not null,
    timezone text not null,
    talent_type text not null,
    external_id text not null,
    badges text[] not null,
    skill_ids int[] not null,
    languages text[] not null,
    title_doc tsvector not null)`.execute(db);

  await sql`create function search_row_languages(profile bigint) returns text[]
    language sql stable as $$
      select coalesce(array_agg(rtrim(l.code) || r order by l.code, r), '{}')
      from freelancer_languages l cross join generate_series(1, l.level_rank) r
      where l.freelancer_id = profile $$`.execute(db);

  const columns = sql.raw(`id, prior_score, hourly_rate_usd, hours_per_week, experience_years,
    rating, job_success, updated_at, jobs_completed, available_from, ai_opt_in, country, timezone,
    talent_type, external_id, badges, skill_ids, languages, title_doc`);
  const values = (n: string) =>
    sql.raw(`${n}.id, ${n}.prior_score, ${n}.hourly_rate_usd, ${n}.hours_per_week,
    ${n}.experience_years, ${n}.rating, ${n}.job_success, ${n}.updated_at, ${n}.jobs_completed,
    ${n}.available_from, ${n}.ai_opt_in, ${n}.country, ${n}.timezone, ${n}.talent_type,
    ${n}.external_id, ${n}.badges, ${n}.skill_ids, search_row_languages(${n}.id),
    ts_filter(${n}.headline_doc, '{a}')`);
  const updates = sql.raw(
    `prior_score, hourly_rate_usd, hours_per_week, experience_years, rating, job_success,
    updated_at, jobs_completed, available_from, ai_opt_in, country, timezone, talent_type,
    external_id, badges, skill_ids, languages, title_doc`
      .split(',')
      .map((c) => `${c.trim()} = excluded.${c.trim()}`)
      .join(', '),
  );

  await sql`create function search_rows_write() returns trigger language plpgsql as $$
    begin
      insert into search_rows (${columns}) select ${values('n')} from written n
      on conflict (id) do update set ${updates};
      return null;
    end $$`.execute(db);
  await sql`create function search_rows_delete() returns trigger language plpgsql as $$
    begin
      delete from search_rows s using removed o where s.id = o.id;
      return null;
    end $$`.execute(db);
  await sql`create function search_rows_truncate() returns trigger language plpgsql as $$
    begin
      truncate search_rows;
      return null;
    end $$`.execute(db);
  await sql`create function search_rows_languages_new() returns trigger language plpgsql as $$
    begin
      update search_rows s set languages = search_row_languages(s.id)
      where s.id in (select freelancer_id from written);
      return null;
    end $$`.execute(db);
  await sql`create function search_rows_languages_old() returns trigger language plpgsql as $$
    begin
      update search_rows s set languages = search_row_languages(s.id)
      where s.id in (select freelancer_id from removed);
      return null;
    end $$`.execute(db);

  await sql`create trigger search_rows_inserted after insert on freelancers
    referencing new table as written for each statement
    execute function search_rows_write()`.execute(db);
  await sql`create trigger search_rows_updated after update on freelancers
    referencing new table as written for each statement
    execute function search_rows_write()`.execute(db);
  await sql`create trigger search_rows_deleted after delete on freelancers
    referencing old table as removed for each statement
    execute function search_rows_delete()`.execute(db);
  await sql`create trigger search_rows_truncated after truncate on freelancers
    for each statement execute function search_rows_truncate()`.execute(db);
  await sql`create trigger search_rows_languages_inserted after insert on freelancer_languages
    referencing new table as written for each statement
    execute function search_rows_languages_new()`.execute(db);
  await sql`create trigger search_rows_languages_updated after update on freelancer_languages
    referencing new table as written for each statement
    execute function search_rows_languages_new()`.execute(db);
  await sql`create trigger search_rows_languages_deleted after delete on freelancer_languages
    referencing old table as removed for each statement
    execute function search_rows_languages_old()`.execute(db);

  // Rows in id order, like the profiles, then the indexes in one pass each.
  await sql`insert into search_rows (${columns})
    select ${values('f')} from freelancers f order by f.id`.execute(db);
  await sql`create index search_rows_skill_ids on search_rows using gin (skill_ids) where ai_opt_in`.execute(
    db,
  );
  await sql`create index search_rows_title on search_rows using gin (title_doc) where ai_opt_in`.execute(
    db,
  );
  await sql`create index search_rows_languages on search_rows using gin (languages) where ai_opt_in`.execute(
    db,
  );
  await sql`analyze search_rows`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [trigger, table] of [
    ['search_rows_inserted', 'freelancers'],
    ['search_rows_updated', 'freelancers'],
    ['search_rows_deleted', 'freelancers'],
    ['search_rows_truncated', 'freelancers'],
    ['search_rows_languages_inserted', 'freelancer_languages'],
    ['search_rows_languages_updated', 'freelancer_languages'],
    ['search_rows_languages_deleted', 'freelancer_languages'],
  ])
    await sql`drop trigger if exists ${sql.id(trigger)} on ${sql.id(table)}`.execute(db);
  for (const fn of [
    'search_rows_write',
    'search_rows_delete',
    'search_rows_truncate',
    'search_rows_languages_new',
    'search_rows_languages_old',
  ])
    await sql`drop function if exists ${sql.id(fn)}()`.execute(db);
  await sql`drop function if exists search_row_languages(bigint)`.execute(db);
  await sql`drop table if exists search_rows`.execute(db);
}
