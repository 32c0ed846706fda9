import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { loadRegions, loadTaxonomy } from './fixtures.js';
import { normaliseSkillName } from './skill-graph.js';

// The taxonomy and the country table are data in fixtures/, loaded into the database so that SQL
// can join on them. Loading is idempotent and keeps skill ids stable: skills are matched by slug.

export async function loadReferenceData(db: Db): Promise<{ skills: number; countries: number }> {
  const taxonomy = loadTaxonomy();
  const regions = loadRegions();
  const version = createHash('sha1')
    .update(JSON.stringify([taxonomy, regions.countries]))
    .digest('hex');
  const current = await sql<{ v: string | null }>`
    select obj_description('skills'::regclass, 'pg_class') as v`.execute(db);
  if (current.rows[0]?.v === version) {
    return { skills: taxonomy.skills.length, countries: regions.countries.length };
  }

  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('categories')
      .values(taxonomy.categories.map((c) => ({ id: c.id, name: c.name })))
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
      .execute();
    await trx
      .insertInto('skills')
      .values(taxonomy.skills.map((s) => ({ slug: s.id, name: s.name, category_id: s.category })))
      .onConflict((oc) =>
        oc.column('slug').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          category_id: eb.ref('excluded.category_id'),
        })),
      )
      .execute();
    const ids = new Map(
      (await trx.selectFrom('skills').select(['id', 'slug']).execute()).map((r) => [r.slug, r.id]),
    );
    const id = (slug: string) => {
      const found = ids.get(slug);
      if (found === undefined) throw new Error(`taxonomy refers to unknown skill "${slug}"`);
      return found;
    };

    await trx.deleteFrom('skill_aliases').execute();
    await trx.deleteFrom('skill_parents').execute();
    await trx.deleteFrom('skill_related').execute();
    const aliases = new Map<string, number>();
    for (const s of taxonomy.skills) {
      for (const alias of [s.name, s.id, ...s.synonyms]) {
        const key = normaliseSkillName(alias);
        if (key && !aliases.has(key)) aliases.set(key, id(s.id));
      }
    }
    await insertChunked(
      trx,
      'skill_aliases',
      [...aliases].map(([alias, skill_id]) => ({ alias, skill_id })),
    );
    await insertChunked(
      trx,
      'skill_parents',
      taxonomy.skills.flatMap((s) =>
        s.parents.map((p) => ({ skill_id: id(s.id), parent_id: id(p) })),
      ),
    );
    await insertChunked(
      trx,
      'skill_related',
      taxonomy.skills.flatMap((s) =>
        s.related.map((r) => ({ skill_id: id(s.id), related_id: id(r) })),
      ),
    );

    await trx
      .insertInto('countries')
      .values(
        regions.countries.map((c) => ({
          code: c.code,
          name: c.name,
          region: c.region,
          timezones: c.timezones,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          region: eb.ref('excluded.region'),
          timezones: eb.ref('excluded.timezones'),
        })),
      )
      .execute();
    await sql`comment on table skills is ${sql.lit(version)}`.execute(trx);
  });
  return { skills: taxonomy.skills.length, countries: regions.countries.length };
}

async function insertChunked<T extends 'skill_aliases' | 'skill_parents' | 'skill_related'>(
  db: Db,
  table: T,
  rows: Record<string, number | string>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 1000) as never)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
