import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { RefineOutput, SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { sharedSeededWith } from '../../helpers/seeded.js';

// INSTRUCTION_PARSER=openai, with OpenAI faked at the HTTP boundary: the model's patch is used
// when it parses, and the rules read the words when the model fails or answers nonsense.

describe(`refine_search with INSTRUCTION_PARSER=openai on ${testDatabase}`, () => {
  let openai: FakeOpenAI;
  let ctx: AppContext;
  let client: Client;
  let answer: string | number = '{}';

  beforeAll(async () => {
    openai = await startFakeOpenAI(() => answer);
    ctx = await sharedSeededWith({
      INSTRUCTION_PARSER: 'openai',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: openai.baseUrl,
      EMBEDDINGS: 'off',
    });
    client = await connectClient(ctx, accountA);
  });
  afterAll(async () => {
    await client?.close();
    await openai?.close();
  });

  async function refineFrom(instruction: string) {
    const first = SearchOutput.parse(
      (await call(client, 'search_freelancers', { query: 'react developer' })).structuredContent,
    );
    const result = await call(client, 'refine_search', { search_id: first.search_id, instruction });
    expect(result.isError, textOf(result)).toBeFalsy();
    return RefineOutput.parse(result.structuredContent);
  }

  it('uses the model’s patch, sent with the words, the criteria and the list', async () => {
    answer = JSON.stringify({ hourly_rate: { max: 55 } });
    const before = openai.requests.length;
    const out = await refineFrom('keep it affordable, say fifty-five an hour');
    expect(openai.requests.length).toBe(before + 1);
    expect(openai.requests.at(-1)!.join(' ')).toContain('keep it affordable');
    expect(out.changes.join(' ')).toMatch(/hourly rate: max 55/);
    for (const c of out.candidates) expect(c.hourly_rate_usd).toBeLessThanOrEqual(55);
  });

  it('falls back to the rules when the model answers what the schema refuses', async () => {
    answer = JSON.stringify({ hourly_rate: { max: 'cheap' } });
    const out = await refineFrom('nobody above $45 an hour');
    expect(out.changes.join(' ')).toMatch(/hourly rate: max 45/);
  });

  it('falls back to the rules when the model is down', async () => {
    answer = 500;
    const out = await refineFrom('not from India');
    expect(out.changes.join(' ')).toMatch(/exclude countries IN/);
  });
});
