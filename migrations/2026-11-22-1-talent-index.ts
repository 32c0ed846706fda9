import { sql, type Kysely } from 'kysely';

// The talent index: taxonomy, freelancers and everything ranked from them.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('skills')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull().references('categories.id'))
    .execute();

  await db.schema
    .createTable('skill_aliases')
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('skill_id', 'integer', (c) =>
      c.notNull().references('skills.id').onDelete('cascade'),
    )
    .execute();

  for (const [table, column] of [
    ['skill_parents', 'parent_id'],
    ['skill_related', 'related_id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('skill_id', 'integer', (c) =>
        c.notNull().references('skills.id').onDelete('cascade'),
      )
      .addColumn(column, 'integer', (c) => c.notNull().references('skills.id').onDelete('cascade'))
      .addPrimaryKeyConstraint(`${table}_pk`, ['skill_id', column])
      .execute();
  }

  await db.schema
    .createTable('countries')
    .addColumn('code', 'char(2)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('timezones', sql`text[]`, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('freelancers')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('external_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('overview', 'text', (c) => c.notNull())
    .addColumn('hourly_rate_usd', 'float8', (c) => c.notNull())
    .addColumn('country', 'char(2)', (c) => c.notNull())
    .addColumn('city', 'text')
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('hours_per_week', 'float8', (c) => c.notNull())
    .addColumn('available_from', 'date')
    .addColumn('talent_type', 'text', (c) => c.notNull())
    .addColumn('rating', 'float8')
    .addColumn('reviews_count', 'integer', (c) => c.notNull())
    .addColumn('jobs_completed', 'integer', (c) => c.notNull())
    .addColumn('job_success', 'float8')
    .addColumn('total_earnings_usd', 'float8', (c) => c.notNull())
    .addColumn('total_hours', 'float8', (c) => c.notNull())
    .addColumn('member_since', 'date', (c) => c.notNull())
    .addColumn('response_time_hours', 'float8')
    .addColumn('experience_years', 'float8', (c) => c.notNull())
    .addColumn('prior_score', 'float8', (c) => c.notNull())
    .addColumn('badges', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('certifications', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn('skill_ids', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('other_skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('ai_opt_in', 'boolean', (c) => c.notNull())
    .addColumn('search_doc', sql`tsvector`, (c) => c.notNull())
    .addColumn('headline_doc', sql`tsvector`, (c) => c.notNull())
    .addColumn('max_evidence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Opt-outs are stored but never searched, so every search index covers only opted-in rows.
  // Retrieval matches words against title and skills only (headline_doc, small and cheap to test);
  // search_doc, the whole profile, ranks the few hundred retrieved.
  await sql`create index freelancers_headline_doc on freelancers using gin (headline_doc) where ai_opt_in`.execute(
    db,
  );
  await sql`create index freelancers_skill_ids on freelancers using gin (skill_ids) where ai_opt_in`.execute(
    db,
  );
  await sql`create index freelancers_title_trgm on freelancers using gin (title gin_trgm_ops) where ai_opt_in`.execute(
    db,
  );
  await sql`create index freelancers_name_trgm on freelancers using gin (name gin_trgm_ops) where ai_opt_in`.execute(
    db,
  );
  // Retrieval takes the strongest few hundred of a large match set by this static quality prior.
  await sql`create index freelancers_prior on freelancers (prior_score desc) where ai_opt_in`.execute(
    db,
  );
  await sql`create index freelancers_rate on freelancers (hourly_rate_usd) where ai_opt_in`.execute(
    db,
  );
  await sql`create index freelancers_country on freelancers (country) where ai_opt_in`.execute(db);

  await db.schema
    .createTable('freelancer_skills')
    .addColumn('freelancer_id', 'bigint', (c) =>
      c.notNull().references('freelancers.id').onDelete('cascade'),
    )
    .addColumn('skill_id', 'integer', (c) => c.notNull().references('skills.id'))
    .addColumn('name_as_written', 'text', (c) => c.notNull())
    .addColumn('years', 'float8')
    .addColumn('level', 'text')
    .addColumn('evidence_count', 'integer', (c) => c.notNull().defaultTo(0))
    // Outcomes of the contracts that show this skill (or a narrower one): rated contracts and the
    // sum of their ratings, and contracts with a success verdict and how many succeeded.
    .addColumn('rated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating_sum', 'float8', (c) => c.notNull().defaultTo(0))
    .addColumn('judged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('succeeded', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('freelancer_skills_pk', ['freelancer_id', 'skill_id'])
    .execute();
  await db.schema
    .createIndex('freelancer_skills_skill')
    .on('freelancer_skills')
    .column('skill_id')
    .execute();

  await db.schema
    .createTable('freelancer_languages')
    .addColumn('freelancer_id', 'bigint', (c) =>
      c.notNull().references('freelancers.id').onDelete('cascade'),
    )
    .addColumn('code', 'char(2)', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('level_rank', 'smallint', (c) => c.notNull())
    .addPrimaryKeyConstraint('freelancer_languages_pk', ['freelancer_id', 'code'])
    .execute();
  await db.schema
    .createIndex('freelancer_languages_code')
    .on('freelancer_languages')
    .columns(['code', 'level_rank'])
    .execute();

  for (const table of ['portfolio_items', 'contracts'] as const) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('freelancer_id', 'bigint', (c) =>
        c.notNull().references('freelancers.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => (table === 'portfolio_items' ? c.notNull() : c))
      .addColumn('skills', sql`text[]`, (c) => c.notNull())
      .addColumn('skill_ids', sql`integer[]`, (c) => c.notNull());
    builder =
      table === 'portfolio_items'
        ? builder.addColumn('url', 'text')
        : builder
            .addColumn('start_date', 'date', (c) => c.notNull())
            .addColumn('end_date', 'date')
            .addColumn('amount_usd', 'float8')
            .addColumn('hourly', 'boolean')
            .addColumn('rating', 'float8')
            .addColumn('feedback', 'text')
            .addColumn('on_time', 'boolean')
            .addColumn('rehired', 'boolean')
            .addColumn('success', 'boolean');
    await builder.execute();
    await db.schema
      .createIndex(`${table}_freelancer`)
      .on(table)
      .columns(['freelancer_id', 'position'])
      .execute();
  }

  // Ground truth that only the synthetic generator knows: what ranking evaluation grades against.
  await db.schema
    .createTable('seed_truth')
    .addColumn('freelancer_id', 'bigint', (c) =>
      c.primaryKey().references('freelancers.id').onDelete('cascade'),
    )
    .addColumn('quality', 'float8', (c) => c.notNull())
    .addColumn('specialties', sql`text[]`, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('embeddings')
    .addColumn('freelancer_id', 'bigint', (c) =>
      c.primaryKey().references('freelancers.id').onDelete('cascade'),
    )
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('embedding', sql`real[]`, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('embedding_cache')
    .addColumn('text_hash', 'text', (c) => c.primaryKey())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('embedding', sql`real[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // Where pgvector exists, a stored vector copy of each embedding carries an HNSW index; elsewhere
  // search reranks by exact cosine over `embedding` in TypeScript.
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'vector'`.execute(db);
  if (rows[0].n > 0) {
    await sql`create extension if not exists vector`.execute(db);
    await sql`alter table embeddings add column vec vector(1536)
      generated always as (embedding::vector(1536)) stored`.execute(db);
    await sql`create index embeddings_vec on embeddings using hnsw (vec vector_cosine_ops)`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'embedding_cache',
    'embeddings',
    'seed_truth',
    'contracts',
    'portfolio_items',
    'freelancer_languages',
    'freelancer_skills',
    'freelancers',
    'countries',
    'skill_related',
    'skill_parents',
    'skill_aliases',
    'skills',
    'categories',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
