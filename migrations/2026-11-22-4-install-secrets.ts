import { sql, type Kysely } from 'kysely';

// Secrets made for this install on first use (the handoff signing key when HANDOFF_SECRET is
// unset), kept in the database so every process and every restart signs with the same key.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('install_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('install_secrets').ifExists().execute();
}
