import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import OpenAI from 'openai';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Logger } from '../../logger.js';

// Optional semantic similarity. With OPENAI_API_KEY (EMBEDDINGS=auto|openai) profiles and queries
// are embedded with text-embedding-3-small, in batches, and every vector is cached in the database
// by the hash of its text, so the same text is never paid for twice. Without a key, search runs
// without this retriever and feature.

export const EMBEDDING_MODEL = 'text-embedding-3-small';
const BATCH = 100;
const MAX_CHARS = 6000;

export interface Embedder {
  model: string;
  embed(texts: string[]): Promise<number[][]>;
}

export function createEmbedder(
  config: Pick<Config, 'embeddings' | 'openaiApiKey' | 'openaiBaseUrl'>,
): Embedder | undefined {
  if (config.embeddings !== 'openai' || !config.openaiApiKey) return undefined;
  const client = new OpenAI({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl,
    maxRetries: 2,
    timeout: 20_000,
  });
  return {
    model: EMBEDDING_MODEL,
    async embed(texts) {
      const out: number[][] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const res = await client.embeddings.create({
          model: EMBEDDING_MODEL,
          input: texts.slice(i, i + BATCH),
        });
        out.push(...res.data.sort((a, b) => a.index - b.index).map((d) => d.embedding));
      }
      return out;
    },
  };
}

const hashOf = (model: string, text: string) =>
  createHash('sha256').update(`${model}\n${text}`).digest('base64url');

/** Embeddings of the texts, from the cache where present; the rest fetched in batches and cached. */
export async function cachedEmbeddings(
  db: Db,
  embedder: Embedder,
  texts: string[],
): Promise<number[][]> {
  const keys = texts.map((t) => hashOf(embedder.model, t.slice(0, MAX_CHARS)));
  const cached = new Map<string, number[]>();
  if (keys.length) {
    const rows = await db
      .selectFrom('embedding_cache')
      .select(['text_hash', 'embedding'])
      .where('text_hash', 'in', [...new Set(keys)])
      .execute();
    for (const r of rows) cached.set(r.text_hash, r.embedding);
  }
  const missing = [...new Set(keys.filter((k) => !cached.has(k)))];
  if (missing.length) {
    const textOf = new Map(keys.map((k, i) => [k, texts[i].slice(0, MAX_CHARS)]));
    const vectors = await embedder.embed(missing.map((k) => textOf.get(k)!));
    await db
      .insertInto('embedding_cache')
      .values(
        missing.map((k, i) => ({ text_hash: k, model: embedder.model, embedding: vectors[i] })),
      )
      .onConflict((oc) => oc.column('text_hash').doNothing())
      .execute();
    missing.forEach((k, i) => cached.set(k, vectors[i]));
  }
  return keys.map((k) => cached.get(k)!);
}

/** Embeds every opted-in profile whose text changed since it was last embedded. */
export async function embedProfiles(
  db: Db,
  embedder: Embedder,
  onProgress?: (n: number) => void,
): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('freelancers as f')
      .leftJoin('embeddings as e', 'e.freelancer_id', 'f.id')
      .select(['f.id', 'f.title', 'f.overview', 'f.source_hash'])
      .select(
        sql<string>`array_to_string(array(select s.name from freelancer_skills fs join skills s on s.id = fs.skill_id where fs.freelancer_id = f.id), ', ')`.as(
          'skills',
        ),
      )
      .where('f.ai_opt_in', '=', true)
      .where((eb) =>
        eb.or([
          eb('e.freelancer_id', 'is', null),
          eb('e.source_hash', '!=', eb.ref('f.source_hash')),
        ]),
      )
      .orderBy('f.id')
      .limit(BATCH * 5)
      .execute();
    if (rows.length === 0) return done;
    const vectors = await cachedEmbeddings(
      db,
      embedder,
      rows.map((r) => profileText(r)),
    );
    await db
      .insertInto('embeddings')
      .values(
        rows.map((r, i) => ({
          freelancer_id: r.id,
          model: embedder.model,
          source_hash: r.source_hash,
          embedding: vectors[i],
        })),
      )
      .onConflict((oc) =>
        oc.column('freelancer_id').doUpdateSet((eb) => ({
          model: eb.ref('excluded.model'),
          source_hash: eb.ref('excluded.source_hash'),
          embedding: eb.ref('excluded.embedding'),
        })),
      )
      .execute();
    done += rows.length;
    onProgress?.(done);
  }
}

export function profileText(p: { title: string; skills: string; overview: string }): string {
  return `${p.title}\nSkills: ${p.skills}\n${p.overview}`;
}

/** Cosine similarity of each candidate's profile to the query, mapped to 0..1. */
export async function semanticScores(
  db: Db,
  hasVector: boolean,
  query: number[],
  ids: number[],
): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  if (hasVector) {
    // pgvector computes the distance in the database, so vectors never travel.
    const { rows } = await sql<{ id: number; similarity: number }>`
      select freelancer_id as id, 1 - (vec <=> ${JSON.stringify(query)}::vector) as similarity
      from embeddings where freelancer_id = any(${sql.val(ids)}::bigint[])`.execute(db);
    return new Map(rows.map((r) => [Number(r.id), clampSimilarity(r.similarity)]));
  }
  // Without pgvector (Debian's Postgres 15): exact cosine in TypeScript over the few hundred.
  const rows = await db
    .selectFrom('embeddings')
    .select(['freelancer_id', 'embedding'])
    .where('freelancer_id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.freelancer_id, clampSimilarity(cosine(query, r.embedding))]));
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

// text-embedding-3 similarities for related texts sit around 0.2–0.7; stretch that to 0..1.
function clampSimilarity(s: number): number {
  return Math.max(0, Math.min(1, (s - 0.1) / 0.6));
}

/** How long a search waits for the query's embedding before going on without it. */
export const EMBEDDING_TIMEOUT_MS = 2500;

/**
 * The query's vector, or undefined when the embedding call fails or is slow: the search goes on
 * without semantic similarity, and says so in `notices`.
 */
export async function embedQuery(
  db: Db,
  embedder: Embedder,
  logger: Logger,
  query: string,
  notices: string[],
): Promise<number[] | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('embedding timed out')), EMBEDDING_TIMEOUT_MS);
    });
    return (await Promise.race([cachedEmbeddings(db, embedder, [query]), late]))[0];
  } catch (error) {
    logger.warn({ err: error }, 'query embedding failed; searching without semantic similarity');
    notices.push(
      'Semantic matching was unavailable for this search; results rest on skills and words only.',
    );
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
