import type { Db } from '../db/database.js';

// Countries by region and every time zone in the index, for turning location filters into sets.
// Read once per process and refreshed every few minutes, so an import's new zones show up.

export interface Geo {
  countries: Map<string, { name: string; region: string }>;
  byRegion: Map<string, string[]>;
  timezones: string[];
}

const TTL_MS = 5 * 60_000;
const cache = new WeakMap<Db, { at: number; geo: Promise<Geo> }>();

export function loadGeo(db: Db): Promise<Geo> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.geo;
  const geo = readGeo(db);
  cache.set(db, { at: Date.now(), geo });
  geo.catch(() => cache.delete(db));
  return geo;
}

async function readGeo(db: Db): Promise<Geo> {
  const [countries, zones] = await Promise.all([
    db.selectFrom('countries').select(['code', 'name', 'region', 'timezones']).execute(),
    db.selectFrom('freelancers').select('timezone').distinct().execute(),
  ]);
  const byRegion = new Map<string, string[]>();
  const timezones = new Set<string>(zones.map((z) => z.timezone));
  for (const c of countries) {
    byRegion.set(c.region, [...(byRegion.get(c.region) ?? []), c.code.trim()]);
    for (const tz of c.timezones) timezones.add(tz);
  }
  return {
    countries: new Map(countries.map((c) => [c.code.trim(), { name: c.name, region: c.region }])),
    byRegion,
    timezones: [...timezones],
  };
}
