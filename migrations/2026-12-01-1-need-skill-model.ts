import { sql, type Kysely } from 'kysely';

// The learned need→skill model: which words of past jobs point at which skills, trained from the
// index by `shortlist train`. A search reads only the rows of its own words (primary key), so the
// model can grow with the index without being loaded whole.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('need_models')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('trained_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('documents', 'integer', (c) => c.notNull())
    .addColumn('features', 'integer', (c) => c.notNull())
    .addColumn('pairs', 'integer', (c) => c.notNull())
    .addColumn('metrics', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('need_model_weights')
    .addColumn('model_id', 'integer', (c) =>
      c.notNull().references('need_models.id').onDelete('cascade'),
    )
    .addColumn('feature', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'integer', (c) =>
      c.notNull().references('skills.id').onDelete('cascade'),
    )
    .addColumn('weight', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('need_model_weights_pk', ['model_id', 'feature', 'skill_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('need_model_weights').ifExists().execute();
  await db.schema.dropTable('need_models').ifExists().execute();
}
