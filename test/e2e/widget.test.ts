/* eslint-disable @typescript-eslint/no-explicit-any -- code run by page.evaluate reaches the page's untyped globals (host, openai) */
import type { FrameLocator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SearchOutput } from '../../src/search/explain/result-schema.js';
import { toolCallCounts, widgetBundleSize } from './host/harness.js';
import { describeHandoffFlow } from './host/handoff-flow.js';
import { describeOpenAiShim } from './host/openai-shim.js';
import { useWidgetStack } from './host/stack.js';
import { describeCliProcesses } from './cli-processes.js';

// The built widget in a real MCP Apps host page (test/e2e/host/) in headless Chromium, against
// the real server: search results render, and Profile, Show more, Compare and Hire reach the
// server through the host's ui/* bridge; then, on the same server and browser, the same bundle
// under a `window.openai` shim (host/openai-shim.ts) and the hand-off from search to the demo job
// post (host/handoff-flow.ts). Screenshots land in test/artifacts/. Last, the CLI's own tests
// (cli-processes.ts) on the same server, ending with its shutdown.

const ART = 'test/artifacts';
const QUERY = {
  query: 'React developer to rebuild our Shopify storefront',
  required_skills: ['React'],
  hourly_rate: { max: 150 },
  limit: 5,
};

interface HostLog {
  initialize: { appInfo: { name: string } } | null;
  calls: { name: string; arguments: Record<string, unknown> }[];
  links: string[];
  displayModes: string[];
  sizes: { height: number }[];
}

const stack = useWidgetStack();
let bundle: { raw: number; gzip: number };

beforeAll(() => {
  bundle = widgetBundleSize();
});

async function openHost(theme: 'light' | 'dark') {
  const page = await stack.newPage({ width: 900, height: 1800 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    `${stack.site.url}/host.html?server=${encodeURIComponent(stack.serve.url)}&theme=${theme}`,
  );
  const resource = await page.evaluate(() => (window as any).host.started);
  const result = await page.evaluate(
    (args) => (window as any).host.runTool('search_freelancers', args),
    QUERY,
  );
  const out = SearchOutput.parse(result.structuredContent);
  const frame = page.frameLocator('iframe');
  await frame.locator('article.card').first().waitFor();
  const log = () => page.evaluate(() => (window as any).host.log as HostLog);
  return { page, frame, out, resource, log, errors };
}

const names = (frame: FrameLocator) => frame.locator('article.card h2').allInnerTexts();
// A view has settled when it is no longer loading and the host has sized the frame to the height
// the widget last reported, so a screenshot shows the whole view, not a half-loaded or clipped one.
async function settled(page: Page, frame: FrameLocator) {
  await frame.locator('main[aria-busy="false"]').waitFor();
  await expect
    .poll(async () => {
      const sizes = (await page.evaluate(() => (window as any).host.log as HostLog)).sizes;
      const box = await page.locator('iframe').evaluate((f) => f.clientHeight); // inside the border
      const content = await frame.locator('main').evaluate((m) => m.getBoundingClientRect().bottom);
      return Math.ceil(sizes.at(-1)?.height ?? 0) === box && box >= content;
    })
    .toBe(true);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ART}/${name}.png`, fullPage: true });

describe('the widget in an MCP Apps host', () => {
  it('is one self-contained bundle under 300 kB gzipped', () => {
    expect(bundle.gzip).toBeLessThanOrEqual(300 * 1024);
    expect(bundle.raw).toBeGreaterThan(10_000);
  });

  it('renders real results, then Profile, Show more, Compare and Hire reach the server', async () => {
    const before = await toolCallCounts(stack.serve.url);
    const { page, frame, out, resource, log, errors } = await openHost('light');
    expect(resource.mimeType).toBe('text/html;profile=mcp-app');
    expect((await log()).initialize?.appInfo.name).toBe('Shortlist');

    // The cards are the server's ranking, in order, with the facts a client decides on.
    expect((await names(frame)).map((n) => n.replace(/^\d+\.\s*/, ''))).toEqual(
      out.candidates.map((c) => c.name),
    );
    const first = out.candidates[0];
    const card = frame.locator('article.card').first();
    await expect.poll(() => card.innerText()).toContain(`$${Math.round(first.hourly_rate_usd)}/h`);
    expect(await card.getByLabel(/Match score/).getAttribute('aria-label')).toBe(
      `Match score ${Math.round(first.match.score)} out of 100`,
    );
    expect(await card.locator('.chip.ok').allInnerTexts()).toEqual(
      first.match.required.matched.map((s) => expect.stringContaining(s)),
    );
    // Inline, the widget reports its height and the host grows the frame: no inner scrollbar.
    await expect.poll(async () => (await log()).sizes.length).toBeGreaterThan(0);
    const frameHeight = await page
      .locator('iframe')
      .evaluate((f) => f.getBoundingClientRect().height);
    expect(frameHeight).toBeGreaterThan(500);
    await shot(page, 'widget-light-shortlist');

    // Profile: get_profile with the search, so the fit shows.
    await frame.getByRole('button', { name: `Profile of ${first.name}` }).click();
    await expect.poll(() => frame.locator('h1').first().innerText()).toBe(first.name);
    await frame.getByRole('heading', { name: 'Fit for this search' }).waitFor();
    await settled(page, frame);
    await shot(page, 'widget-light-profile');
    await frame.getByRole('button', { name: '← Shortlist' }).click();

    // Show more: the app-only tool pages the same search by its cursor.
    await frame.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(async () => (await names(frame)).length).toBe(10);

    // Compare the top two, fullscreen.
    const [a, b] = out.candidates;
    await frame.locator('article.card').nth(0).getByLabel('Compare').check();
    await frame.locator('article.card').nth(1).getByLabel('Compare').check();
    await frame.getByRole('button', { name: /Compare 2 selected/ }).click();
    await frame.getByRole('table', { name: 'Side-by-side comparison' }).waitFor();
    expect(await frame.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(a.name), expect.stringContaining(b.name)]),
    );
    await expect.poll(async () => (await log()).displayModes).toEqual(['fullscreen']);
    await shot(page, 'widget-light-compare');

    // Hire from the comparison: handoff_to_hire with the drafted brief, then open a link.
    await frame.getByRole('button', { name: 'Hire these 2' }).click();
    await frame.getByRole('button', { name: 'Create hire links' }).click();
    await frame.getByText('Hire links are ready.').waitFor();
    await shot(page, 'widget-light-hire');
    await frame.getByRole('button', { name: `Invite ${a.name}` }).click();
    await expect.poll(async () => (await log()).links.length).toBe(1);
    expect((await log()).links[0].startsWith(`${stack.serve.url}/h/`)).toBe(true);
    expect((await log()).displayModes).toEqual(['fullscreen', 'inline']);

    const calls = (await log()).calls;
    expect(calls.map((c) => c.name)).toEqual(['get_profile', 'more_candidates', 'handoff_to_hire']);
    expect(calls[0].arguments).toEqual({
      freelancer_id: first.freelancer_id,
      search_id: out.search_id,
    });
    expect(calls[1].arguments).toEqual({ cursor: out.next_cursor, limit: 5 });
    expect(calls[2].arguments).toMatchObject({
      freelancer_ids: [a.freelancer_id, b.freelancer_id],
      search_id: out.search_id,
      action: 'invite',
      job: { description: QUERY.query, skills: expect.arrayContaining(['React']) },
    });
    // The server counted each of them (and the host's own search).
    const after = await toolCallCounts(stack.serve.url);
    for (const tool of ['search_freelancers', 'get_profile', 'more_candidates', 'handoff_to_hire'])
      expect((after[tool] ?? 0) - (before[tool] ?? 0), tool).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a dark host theme and shows a failed tool as an error, not a blank box', async () => {
    const { page, frame, log, errors } = await openHost('dark');
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    const bg = await frame.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(33, 33, 33)'); // the host's --color-background-primary
    await shot(page, 'widget-dark-shortlist');

    await frame.locator('article.card').nth(0).getByLabel('Compare').check();
    await frame.locator('article.card').nth(2).getByLabel('Compare').check();
    await frame.locator('article.card').nth(3).getByLabel('Compare').check();
    await frame.getByRole('button', { name: /Compare 3 selected/ }).click();
    await frame.getByRole('table', { name: 'Side-by-side comparison' }).waitFor();
    await shot(page, 'widget-dark-compare');
    expect((await log()).displayModes).toEqual(['fullscreen']);

    await page.evaluate(() =>
      (window as any).host.runTool('get_profile', { freelancer_id: 'no-such-person' }),
    );
    await frame.getByRole('alert').waitFor();
    expect(await frame.getByRole('alert').innerText()).toMatch(
      /no-such-person|not found|No freelancer/i,
    );
    await expect.poll(async () => (await log()).displayModes).toEqual(['fullscreen', 'inline']);
    await shot(page, 'widget-dark-error');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describeOpenAiShim(stack);
describeHandoffFlow(stack);
describeCliProcesses(stack);
