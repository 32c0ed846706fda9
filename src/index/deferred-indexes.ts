import type pg from 'pg';

// A bulk load into an empty or near-empty index is faster without its secondary indexes and
// foreign keys: one sort per index afterwards beats millions of insertions, and one join
// validates a foreign key where a trigger per row would. Primary keys and unique constraints
// stay (the upsert needs them), and so do the child tables' indexes that lead with freelancer_id:
// ids only grow during a load, so those take each row at their right edge for little, and they
// let a replaced profile's old rows be found. Whatever is dropped is rebuilt in `restore`, also
// after a failure.

export const BULK_TABLES = [
  'freelancers',
  'freelancer_skills',
  'freelancer_languages',
  'portfolio_items',
  'contracts',
] as const;

/** The tables whose secondary indexes a bulk load defers: the profiles' and retrieval's copy. */
export const DEFERRED_TABLES = [...BULK_TABLES, 'search_rows'] as const;

export interface DroppedObjects {
  indexes: string[];
  foreignKeys: { table: string; name: string; definition: string }[];
}

export async function dropForBulkLoad(client: pg.Client): Promise<DroppedObjects> {
  // GIN indexes first: they take longest, so each connection ends its queue at about the same time.
  const indexes = await client.query<{ name: string; definition: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
      where i.indrelid = any($1::regclass[]) and not i.indisprimary and not i.indisunique
        and not exists (select 1 from pg_attribute a where a.attrelid = i.indrelid
                           and a.attnum = i.indkey[0] and a.attname = 'freelancer_id')
      order by am.amname <> 'gin', pg_relation_size(i.indrelid) desc, 1`,
    [DEFERRED_TABLES],
  );
  const foreignKeys = await client.query<{ table: string; name: string; definition: string }>(
    `select conrelid::regclass::text as table, conname as name,
            pg_get_constraintdef(oid) as definition
       from pg_constraint
      where contype = 'f' and conrelid = any($1::regclass[])
      order by 1, 2`,
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
