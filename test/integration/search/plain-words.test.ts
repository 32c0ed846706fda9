import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { openSharedSeeded } from '../../helpers/seeded.js';

describe(`plain words on ${testDatabase}`, () => {
  let ctx: AppContext;
  let client: Client;
  beforeAll(async () => {
    ({ ctx } = await openSharedSeeded());
    client = await connectClient(ctx, accountA);
  });
  afterAll(async () => {
    await client?.close();
  });

  const search = async (args: Record<string, unknown>) => {
    const result = await call(client, 'search_freelancers', args);
    return { result, out: SearchOutput.parse(result.structuredContent) };
  };

  it('reads a need that names no skill, and says what it understood', async () => {
    const { result, out } = await search({ query: 'make my website show up on Google' });
    expect(out.interpreted.understood).toContainEqual(
      expect.objectContaining({ skill: 'Search Engine Optimization', source: 'vocabulary' }),
    );
    expect(out.candidates.length).toBeGreaterThan(0);
    expect(textOf(result)).toMatch(/Understood: .*Search Engine Optimization/);
  });

  it('finds mobile developers for "mobile app developer"', async () => {
    const { out } = await search({ query: 'mobile app developer' });
    expect(out.candidates.length).toBeGreaterThan(0);
    expect(out.interpreted.skills_in_query).toContain('Mobile App Development');
  });

  it('reads a slip of the keyboard as the word meant, says so, and keeps the words as sent', async () => {
    const typed = await search({ query: 'bookeeping for my wesbite shop' });
    const meant = await search({ query: 'bookkeeping for my website shop' });
    expect(typed.out.interpreted.skills_in_query).toEqual(meant.out.interpreted.skills_in_query);
    expect(typed.out.interpreted.skills_in_query).toContain('Bookkeeping');
    expect(typed.out.interpreted.expansions).toEqual(
      expect.arrayContaining(['"bookeeping" → bookkeeping', '"wesbite" → website']),
    );
    expect(typed.out.candidates.length).toBeGreaterThan(0);
    // The cursor still pages the search as the client wrote it.
    if (typed.out.next_cursor) {
      const next = await search({
        query: 'bookeeping for my wesbite shop',
        cursor: typed.out.next_cursor,
      });
      expect(next.out.search_id).toBe(typed.out.search_id);
    }
  });

  it('lets the whole request outvote a reading that points elsewhere', async () => {
    const confidence = (out: SearchOutput, skill: string) =>
      Math.max(
        0,
        ...out.interpreted.understood.filter((u) => u.skill === skill).map((u) => u.confidence),
      );
    // "short" alone is short-form video; the rest of the request is about the look of a film.
    const film = await search({
      query: 'the short documentary we shot looks grey and flat, we want cinematic colours',
    });
    expect(film.out.interpreted.skills_in_query).toContain('Color Grading');
    expect(film.out.interpreted.skills_in_query).not.toContain('Short-Form Video');
    // "keep track" is project management, but beside invoices and suppliers it is the payables.
    const owed = await search({ query: 'keep track of our invoices and pay our suppliers' });
    expect(owed.out.interpreted.skills_in_query).toContain('Accounts Payable');
    expect(confidence(owed.out, 'Project Management')).toBeLessThanOrEqual(
      confidence(owed.out, 'Accounts Payable') / 2,
    );
  });

  it('keeps a phrase at its weight when the model has no reading of it to outvote with', async () => {
    // The work history never says "collectibles": the model's guesses from "paintings" and
    // "trade" are no opinion of what the phrase means.
    const { out } = await search({
      query: 'turn my paintings into digital collectibles that people can own and trade',
    });
    expect(out.interpreted.understood).toContainEqual(
      expect.objectContaining({ skill: 'NFT', source: 'vocabulary', confidence: 0.9 }),
    );
  });

  it('reads two readings the skill graph joins as the narrower skill they name together', async () => {
    const { out } = await search({
      query: 'play our game before release and report bugs and glitches',
    });
    expect(out.interpreted.understood).toContainEqual(
      expect.objectContaining({ skill: 'Game Testing', phrase: expect.stringMatching(/…/) }),
    );
    expect(out.candidates.length).toBeGreaterThan(0);
  });

  it('lists the words it could not use, and never blames constraints that were not set', async () => {
    const { result, out } = await search({ query: 'zxqvw blorfed' });
    expect(out.interpreted.unused_words).toEqual(['zxqvw', 'blorfed']);
    expect(out.notices.join(' ')).not.toMatch(/every constraint/);
    expect(textOf(result)).toMatch(/Words not used: zxqvw, blorfed/);
    expect(textOf(result)).not.toMatch(/pass the filters/);
  });

  it('suggests the closest skills when nothing matches', async () => {
    const { out } = await search({ query: 'wordpresss' });
    if (out.candidates.length === 0) expect(out.notices.join(' ')).toMatch(/Closest skills/);
  });

  it('asks for words when the query has none', async () => {
    const result = await call(client, 'search_freelancers', { query: '🙂🚀!!' });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/no words to search for/);
  });

  it('goes on without embeddings, with a notice, when the embedding call fails', async () => {
    const failing = await connectClient(
      {
        ...ctx,
        embedder: {
          model: 'text-embedding-3-small',
          embed: () => Promise.reject(new Error('service unavailable')),
        },
      },
      accountA,
    );
    try {
      const result = await call(failing, 'search_freelancers', { query: 'bookkeeper for my shop' });
      const out = SearchOutput.parse(result.structuredContent);
      expect(out.candidates.length).toBeGreaterThan(0);
      expect(out.notices.join(' ')).toMatch(/Semantic matching was unavailable/);
    } finally {
      await failing.close();
    }
  });
});
