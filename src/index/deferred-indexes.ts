import type pg from 'pg';

// A bulk load into an empty or near-empty index is faster without its secondary indexes and
// foreign keys: one sort per index afterwards beats millions of insertions, and one join
// validates a foreign key where a trigger per row would. Primary keys and unique constraints
// stay (the upsert needs them). Whatever is dropped is rebuilt in `restore`, also after a failure.

export const BULK_TABLES = [
  'freelancers',
  'freelancer_skills',
  'freelancer_languages',
  'portfolio_items',
  'contracts',
] as const;

export interface DroppedObjects {
  indexes: string[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

export async function dropForBulkLoad(client: pg.Client): Promise<DroppedObjects> {
  const indexes = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i
      where i.indrelid = any($1::regclass[]) and not i.indisprimary and not i.indisunique`,
    [BULK_TABLES],
  );
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `select conrelid::regclass::text as table, conname as name,
            pg_get_constraintdef(oid) as definition
       from pg_constraint
      where contype = 'f' and confrelid = 'freelancers'::regclass
        and conrelid = any($1::regclass[])`,
    [BULK_TABLES],
  );
  for (const fk of foreignKeys.rows) {
    await client.query(`alter table ${fk.table} drop constraint ${quoteIdent(fk.name)}`);
  }
  for (const index of indexes.rows) await client.query(`drop index ${index.name}`);
  return {
    indexes: indexes.rows.map((r) => r.definition),
    foreignKeys: foreignKeys.rows,
  };
}

/** Rebuilds what `dropForBulkLoad` dropped, spread over the clients given (one statement each). */
export async function restoreAfterBulkLoad(
  clients: pg.Client[],
  dropped: DroppedObjects,
): Promise<void> {
  const statements = [
    ...dropped.indexes,
    ...dropped.foreignKeys.map(
      (fk) => `alter table ${fk.table} add constraint ${quoteIdent(fk.name)} ${fk.definition}`,
    ),
  ];
  // Foreign keys last within each client's queue: their validation reads the rebuilt indexes.
  let next = 0;
  await Promise.all(
    clients.map(async (client) => {
      while (next < statements.length) await client.query(statements[next++]);
    }),
  );
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
