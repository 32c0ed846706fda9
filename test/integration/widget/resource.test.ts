import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import type { SearchWidgetMeta } from '../../../src/widget/cards.js';
import { WIDGET_URI } from '../../../src/widget/resource.js';
import { testDatabase } from '../../helpers/database.js';
import { accountA, call, connectClient, textOf } from '../../helpers/mcp.js';
import { sharedSeededWith } from '../../helpers/seeded.js';

// The widget as a host discovers it: the resource in resources/list, each tool's link to it,
// the app-only paging tool, and the widget-only _meta beside a small structuredContent.

const WIDGET_TOOLS = ['search_freelancers', 'refine_search', 'get_profile', 'handoff_to_hire'];

describe(`the widget resource and its tools on ${testDatabase}`, () => {
  let ctx: AppContext;
  let client: Client;
  beforeAll(async () => {
    // The worker's seeded index: nothing below depends on the index's size or changes profiles.
    ctx = await sharedSeededWith({
      PUBLIC_URL: 'https://shortlist.example.com',
      MARKETPLACE: 'upwork',
    });
    client = await connectClient(ctx, accountA);
  });
  afterAll(async () => {
    await client?.close();
  });

  it('lists one versioned ui:// resource with the MCP Apps MIME type, CSP and domain', async () => {
    const { resources } = await client.listResources();
    const widget = resources.filter((r) => r.uri.startsWith('ui://'));
    expect(widget).toHaveLength(1);
    expect(widget[0].uri).toBe(WIDGET_URI);
    expect(widget[0].uri).toMatch(/^ui:\/\/shortlist\/shortlist-v\d+\.html$/);
    expect(widget[0].mimeType).toBe('text/html;profile=mcp-app');
    const meta = widget[0]._meta as Record<string, unknown>;
    expect(meta.ui).toEqual({
      csp: { connectDomains: [], resourceDomains: [] },
      prefersBorder: true,
      domain: 'https://shortlist.example.com',
    });
    expect(meta['openai/widgetCSP']).toEqual({
      connect_domains: [],
      resource_domains: [],
      redirect_domains: ['https://shortlist.example.com', 'https://www.upwork.com'],
    });
    expect(meta['openai/widgetDomain']).toBe('https://shortlist.example.com');
    expect(meta['openai/widgetDescription']).toMatch(/shortlist/i);
  });

  it('links every model-facing tool to the widget in both forms, with invocation strings', async () => {
    const { tools } = await client.listTools();
    for (const name of WIDGET_TOOLS) {
      const meta = tools.find((t) => t.name === name)?._meta as Record<string, unknown>;
      expect(meta, name).toBeDefined();
      expect(meta.ui).toEqual({ resourceUri: WIDGET_URI });
      expect(meta['openai/outputTemplate']).toBe(WIDGET_URI);
      expect(meta['openai/toolInvocation/invoking']).toMatch(/…$/);
      expect(meta['openai/toolInvocation/invoked']).toEqual(expect.any(String));
    }
  });

  it('offers more_candidates to the app only', async () => {
    const { tools } = await client.listTools();
    const more = tools.find((t) => t.name === 'more_candidates');
    expect(more?._meta).toMatchObject({
      ui: { resourceUri: WIDGET_URI, visibility: ['app'] },
      'openai/visibility': 'private',
      'openai/widgetAccessible': true,
    });
    expect(more?.annotations?.readOnlyHint).toBe(true);
  });

  it('puts full cards and a drafted brief in _meta, and pages without ranking again', async () => {
    const first = await call(client, 'search_freelancers', {
      query: 'React developer for our Shopify storefront',
      required_skills: ['React'],
      hourly_rate: { max: 120 },
      limit: 3,
    });
    expect(first.isError, textOf(first)).toBeFalsy();
    const out = SearchOutput.parse(first.structuredContent);
    const widget = first._meta?.widget as SearchWidgetMeta;
    expect(widget.search_id).toBe(out.search_id);
    expect(widget.cards.map((c) => c.freelancer_id)).toEqual(
      out.candidates.map((c) => c.freelancer_id),
    );
    expect(widget.cards[0]).toMatchObject({
      name: out.candidates[0].name,
      rate: `$${Math.round(out.candidates[0].hourly_rate_usd)}/h`,
      score: Math.round(out.candidates[0].match.score),
    });
    expect(widget.cards[0].initials).toMatch(/^\p{Lu}{1,2}$/u);
    expect(widget.brief).toMatchObject({
      description: 'React developer for our Shopify storefront',
      hourly_rate: { max: 120 },
    });
    expect(widget.brief?.skills).toContain('React');
    // structuredContent stays what the model reads: no widget fields leak into it.
    expect(first.structuredContent).not.toHaveProperty('cards');
    expect(out.next_cursor).toBeDefined();

    const next = await call(client, 'more_candidates', { cursor: out.next_cursor, limit: 3 });
    expect(next.isError, textOf(next)).toBeFalsy();
    const page2 = SearchOutput.parse(next.structuredContent);
    expect(page2.search_id).toBe(out.search_id);
    const firstIds = new Set(out.candidates.map((c) => c.freelancer_id));
    expect(page2.candidates.length).toBeGreaterThan(0);
    expect(page2.candidates.some((c) => firstIds.has(c.freelancer_id))).toBe(false);
    expect(textOf(next)).toMatch(/showing 4–/);
    expect((next._meta?.widget as SearchWidgetMeta).cards).toHaveLength(page2.candidates.length);
  });

  it('answers a cursor it never gave out with an error a person can act on', async () => {
    const bad = await call(client, 'more_candidates', { cursor: 'not-a-cursor' });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toMatch(/next_cursor/);
  });
});
