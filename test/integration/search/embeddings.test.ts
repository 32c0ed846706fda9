import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { embedProfiles } from '../../../src/search/retrieve/embeddings.js';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase, type TestDatabase } from '../../helpers/database.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { openSeeded } from '../../helpers/seeded.js';

describe(`semantic similarity with OpenAI embeddings on ${testDatabase}`, () => {
  let openai: FakeOpenAI;
  let handle: TestDatabase;
  let ctx: AppContext;
  let client: Client;
  beforeAll(async () => {
    openai = await startFakeOpenAI();
    // Embeddings and their use in ranking read no trained model: none is trained. 120 profiles
    // give more opted-in ones than one batch of 100 holds, so batching is seen.
    ({ handle, ctx } = await openSeeded(
      120,
      { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseUrl },
      { train: false },
    ));
    client = await connectClient(ctx, accountA);
  });
  afterAll(async () => {
    await client?.close();
    await handle?.close();
    await openai?.close();
  });

  it(`uses ${testDatabase === 'embedded' ? 'pgvector' : 'exact cosine, as pgvector is missing'}`, async () => {
    expect(ctx.hasVector).toBe(testDatabase === 'embedded');
  });

  it('embeds every opted-in profile in batches, and only once', async () => {
    expect(ctx.embedder).toBeDefined();
    const optedIn = await ctx.db
      .selectFrom('freelancers')
      .select('id')
      .where('ai_opt_in', '=', true)
      .execute();
    expect(optedIn.length).toBeGreaterThan(100);
    expect(await embedProfiles(ctx.db, ctx.embedder!)).toBe(optedIn.length);
    expect(openai.requests.length).toBe(Math.ceil(optedIn.length / 100));
    expect(Math.max(...openai.requests.map((r) => r.length))).toBeLessThanOrEqual(100);
    const before = openai.requests.length;
    expect(await embedProfiles(ctx.db, ctx.embedder!)).toBe(0);
    expect(openai.requests.length).toBe(before);
  });

  it('adds semantic similarity to the ranking, and embeds a repeated query once', async () => {
    const before = openai.requests.length;
    const args = { query: 'React developer for an online store' };
    const first = SearchOutput.parse(
      (await call(client, 'search_freelancers', args)).structuredContent,
    );
    await call(client, 'search_freelancers', args);
    expect(openai.requests.slice(before)).toEqual([[args.query]]);

    const result = await call(client, 'get_profile', {
      freelancer_id: first.candidates[0].freelancer_id,
      search_id: first.search_id,
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    const fit = (
      result.structuredContent as { fit: { features: { name: string; value: number }[] } }
    ).fit;
    const semantic = fit.features.find((f) => f.name === 'semantic');
    expect(semantic?.value).toBeGreaterThan(0);
    expect(semantic?.value).toBeLessThanOrEqual(1);
  });
});
