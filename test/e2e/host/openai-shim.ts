/* eslint-disable @typescript-eslint/no-explicit-any -- code run by page.evaluate reaches the page's untyped globals (openai) */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { WIDGET_URI } from '../../../src/widget/resource.js';
import type { WidgetStack } from './stack.js';

// The same bundle under a `window.openai` shim and no MCP Apps bridge (a top-level page): it
// renders toolOutput at once, restores widget state, pages and hands off through
// window.openai.callTool, and opens links with openExternal. Run by widget.test.ts, whose server
// and browser it shares: starting a second of each was a file's worth of time.

/** Runs in the page before the bundle: ChatGPT's globals, with callTool going to the server. */
function installShim(init: { server: string; output: unknown; meta: unknown; selected: string[] }) {
  const w = window as any;
  w.__shim = { opened: [] as string[], states: [] as unknown[], calls: [] as string[] };
  let id = 0;
  w.openai = {
    theme: 'light',
    displayMode: 'inline',
    toolInput: { query: 'Python data engineer' },
    toolOutput: init.output,
    toolResponseMetadata: init.meta,
    widgetState: { selected: init.selected },
    setWidgetState: (s: unknown) => w.__shim.states.push(s),
    openExternal: ({ href }: { href: string }) => w.__shim.opened.push(href),
    requestDisplayMode: async ({ mode }: { mode: string }) => ({ mode }),
    callTool: async (name: string, args: unknown) => {
      w.__shim.calls.push(name);
      const res = await fetch(`${init.server}/mcp`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json, text/event-stream',
        },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: ++id,
          method: 'tools/call',
          params: { name, arguments: args },
        }),
      });
      return (await res.json()).result;
    },
  };
}

/** The tests of the widget under window.openai, on the stack the MCP Apps host tests use. */
export function describeOpenAiShim(stack: WidgetStack): void {
  describe('the widget under window.openai', () => {
    let client: Client;
    beforeAll(async () => {
      client = new Client({ name: 'e2e-widget-openai', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(`${stack.serve.url}/mcp`)));
    });
    afterAll(async () => {
      await client?.close();
    });

    it('renders toolOutput, restores state, pages, hands off and opens links with openExternal', async () => {
      const read = (await client.readResource({ uri: WIDGET_URI })) as ReadResourceResult;
      const html = (read.contents[0] as { text: string }).text;
      stack.site.pages.set('/openai.html', html);
      const result = (await client.callTool({
        name: 'search_freelancers',
        arguments: { query: 'Python data engineer', required_skills: ['Python'], limit: 5 },
      })) as CallToolResult;
      const out = SearchOutput.parse(result.structuredContent);
      const chosen = out.candidates[1];

      const page = await stack.newPage({ width: 760, height: 1800 });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(installShim, {
        server: stack.serve.url,
        output: result.structuredContent,
        meta: result._meta,
        selected: [chosen.freelancer_id],
      });
      await page.goto(`${stack.site.url}/openai.html`);
      const cards = page.locator('article.card');
      await expect.poll(() => cards.count()).toBe(5);
      expect(await cards.first().locator('h2').innerText()).toContain(out.candidates[0].name);
      // Widget state from the host: the one chosen for comparison is still ticked.
      expect(await cards.nth(1).getByLabel('Compare').isChecked()).toBe(true);
      await page.screenshot({ path: 'test/artifacts/widget-openai-light.png', fullPage: true });

      await page.getByRole('button', { name: 'Show more' }).click();
      await expect.poll(() => cards.count()).toBe(10);

      await cards.nth(0).getByLabel('Compare').check();
      const states = await page.evaluate(() => (window as any).__shim.states);
      expect(states.at(-1)).toEqual({
        selected: [chosen.freelancer_id, out.candidates[0].freelancer_id],
      });

      await page.getByRole('button', { name: `Hire ${chosen.name}` }).click();
      await page.getByLabel('Send a message').check();
      await page.getByRole('button', { name: 'Create hire links' }).click();
      await page.getByText('Hire links are ready.').waitFor();
      await page.getByRole('button', { name: 'Open the job post' }).click();
      const shim = await page.evaluate(() => (window as any).__shim);
      expect(shim.calls).toEqual(['more_candidates', 'handoff_to_hire']);
      expect(shim.opened).toHaveLength(1);
      expect(shim.opened[0].startsWith(`${stack.serve.url}/h/`)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('says a total that stopped at its cap as a lower bound', async () => {
      const result = (await client.callTool({
        name: 'search_freelancers',
        arguments: { query: 'Python data engineer', limit: 3 },
      })) as CallToolResult;
      const meta = result._meta as { widget: Record<string, unknown> };
      const capped = { ...meta.widget, total_matches: 10_000, total_is_lower_bound: true };
      const read = (await client.readResource({ uri: WIDGET_URI })) as ReadResourceResult;
      stack.site.pages.set('/capped.html', (read.contents[0] as { text: string }).text);
      const page = await stack.newPage();
      await page.addInitScript(installShim, {
        server: stack.serve.url,
        output: result.structuredContent,
        meta: { ...meta, widget: capped },
        selected: [],
      });
      await page.goto(`${stack.site.url}/capped.html`);
      await page
        .getByText('3 of 10,000+ matching freelancers, best first')
        .waitFor({ timeout: 10_000 });
      await page.close();
    });
  });
}
