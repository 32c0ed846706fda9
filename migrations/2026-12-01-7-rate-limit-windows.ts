import { sql, type Kysely } from 'kysely';

// Request counts of the current rate-limit window per key (client IP or account), shared by every
// server process, so N processes behind a load balancer allow what one would. Unlogged: a count
// lost in a crash costs at most one minute of leniency, and no WAL is written per request.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limit_windows')
    .modifyFront(sql`unlogged`)
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').ifExists().execute();
}
