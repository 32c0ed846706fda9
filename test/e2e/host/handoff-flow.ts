import { mkdirSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetProfileOutput } from '../../../src/profiles/profile-schema.js';
import { handoffToHireTool } from '../../../src/tools/handoff-to-hire.js';
import type { WidgetStack } from './stack.js';

// What a person does with `npm start`: search, open a profile, hand off, and land on the demo
// job post with the brief and the shortlist, in a real headless Chromium. Run by widget.test.ts,
// whose server (the demo index, the max plan) and browser it shares.

const SCREENSHOT = 'test/artifacts/handoff-job-post.png';

let client: Client;

async function call(name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  expect(result.isError, text).toBeFalsy();
  return result.structuredContent as Record<string, unknown>;
}

/** What a person does with `npm start`, on the stack the widget's host tests use. */
export function describeHandoffFlow(stack: WidgetStack): void {
  describe('search → profile → handoff → demo job post', () => {
    beforeAll(async () => {
      client = new Client({ name: 'e2e-handoff', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${stack.serve.url}/mcp`)));
    });
    afterAll(async () => {
      await client?.close();
    });

    it('lands on the job post showing the brief and the shortlist', async () => {
      const search = await call('search_freelancers', {
        query: 'React developer to rebuild our Shopify storefront',
        required_skills: ['React'],
        limit: 5,
      });
      const searchId = search.search_id as string;
      const candidates = search.candidates as { freelancer_id: string; name: string }[];
      expect(candidates.length).toBeGreaterThanOrEqual(2);
      const shortlist = candidates.slice(0, 2);

      const profile = GetProfileOutput.parse(
        await call('get_profile', {
          freelancer_id: shortlist[0].freelancer_id,
          search_id: searchId,
        }),
      );
      expect(profile.name).toBe(shortlist[0].name);
      expect(profile.sections).toEqual(
        expect.arrayContaining(['profile', 'fit', 'track_record', 'success_prediction']),
      );

      const brief = {
        title: 'Headless Shopify storefront in React',
        description:
          'Rebuild our Shopify storefront as a fast headless React site with a new checkout.',
        skills: ['React', 'Shopify'],
        hourly_rate: { min: 40, max: 90 },
        duration_weeks: 12,
      };
      const handoff = handoffToHireTool.outputSchema.parse(
        await call('handoff_to_hire', {
          freelancer_ids: shortlist.map((c) => c.freelancer_id),
          search_id: searchId,
          job: brief,
          action: 'post_job',
        }),
      );
      expect(handoff.links.job_post_url.startsWith(`${stack.serve.url}/h/`)).toBe(true);

      const page = await stack.newPage({ width: 1100, height: 900 });
      const response = await page.goto(handoff.links.job_post_url);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/demo/job-post');
      await expect.poll(() => page.locator('#job-title').innerText()).toBe(brief.title);
      expect(await page.locator('#job-description').innerText()).toBe(brief.description);
      const names = await page.locator('#shortlist .person strong').allInnerTexts();
      expect(names).toEqual(shortlist.map((c) => c.name));
      expect(await page.locator('#brief').innerText()).toContain('$40–90/h');
      mkdirSync('test/artifacts', { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });

      // The shortlist links on the job post open the demo profile pages.
      await page.locator('#shortlist .person a').first().click();
      await expect.poll(() => page.locator('h1').first().innerText()).toBe(shortlist[0].name);
      await page.close();
    });
  });
}
