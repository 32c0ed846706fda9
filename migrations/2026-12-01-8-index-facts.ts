import { sql, type Kysely } from 'kysely';

// Facts about the talent index that every search reads (how many people show each skill, the time
// zones present), counted when the index changes (`import`, `train`, `seed`) and stored here, so a
// process reads a few small rows instead of joining or scanning the whole index at start.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('index_facts')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addColumn('counted_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('index_facts').ifExists().execute();
}
