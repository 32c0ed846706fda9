import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicErrorMessage } from '../../../src/errors.js';
import { mountHandoffRoutes } from '../../../src/handoff/routes.js';
import { closeGracefully } from '../../../src/http/shutdown.js';
import { createLogger } from '../../../src/logger.js';
import { createHttpApp, listen } from '../../../src/transports/http.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from '../profiles/fixtures.js';
import { contextAt, openSharedFixtures } from '../profiles/setup.js';
import { postMcp, toolCall } from './harness.js';

// Everything the server logs during a conversation, at the most verbose level and with
// LOG_QUERIES off, holds none of the client's words (query, instruction, brief), not even inside
// a database error's parameters, and no handoff link token.

const WORDS = ['quokka', 'zanzibar', 'marmalade', 'periwinkle', 'marmot', 'xylophonic'];

let handle: TestDatabase;
beforeAll(async () => {
  handle = await openSharedFixtures();
});
afterAll(async () => {});

describe('logs with LOG_QUERIES off', () => {
  it('hold no client words and no /h/ token', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'trace', logQueries: false, pretty: false, destination });
    const { ctx: base } = contextAt(handle, AS_OF);
    const ctx = { ...base, logger };
    const app = createHttpApp(ctx, { routes: (r) => mountHandoffRoutes(r, ctx) });
    const { server, url } = await listen(app, 0, '127.0.0.1');
    ctx.config.publicUrl = url;
    const mcp = `${url}/mcp`;
    const callTool = async (name: string, args: Record<string, unknown>) => {
      const res = await postMcp(mcp, toolCall(name, args));
      return (await res.json()).result;
    };
    try {
      const search = await callTool('search_freelancers', {
        query: 'quokka whisperer for a React storefront in Zanzibar',
      });
      const searchId = search.structuredContent.search_id;
      await callTool('refine_search', {
        search_id: searchId,
        instruction: 'prefer marmalade people',
      });
      await callTool('refine_search', { search_id: searchId, instruction: 'under $60 an hour' });
      const hand = await callTool('handoff_to_hire', {
        freelancer_ids: ['fx_ana'],
        action: 'invite',
        job: {
          title: 'Periwinkle marmot dashboard',
          description: 'A xylophonic dashboard for our marmot sanctuary, in React.',
          skills: ['React'],
        },
      });
      const link: string = hand.structuredContent.links.freelancers[0].invite_url;
      expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
      await callTool('get_profile', { freelancer_id: 'fx_ana', search_id: searchId });
      // A database error whose parameters and message carry the client's words.
      const failed = await sql`select ${'zanzibar quokka'}::int as n`
        .execute(ctx.db)
        .catch((err: unknown) => err);
      publicErrorMessage(failed, logger, { tool: 'test' });

      await new Promise((r) => setTimeout(r, 50));
      const text = lines.join('').toLowerCase();
      expect(lines.length).toBeGreaterThan(5);
      for (const word of WORDS) expect(text, word).not.toContain(word);
      const token = new URL(link).pathname.slice('/h/'.length);
      expect(text).not.toContain(token.toLowerCase());
      expect(text).toContain('/h/[token]');
    } finally {
      await closeGracefully(server, app, 500);
    }
  });
});
