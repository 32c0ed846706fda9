import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { demoDataDirCopy, startServe, type ServeProcess } from '../../helpers/server-process.js';
import { launchChromium, startStaticSite, type StaticSite } from './harness.js';

// What the browser tests of the widget run against, started once for both hosts and the CLI's
// tests (widget.test.ts): the real server on a copy of the demo index, logging at info, a static
// site for the host pages, whose origin the server is told to allow (the pages call /mcp from it),
// and headless Chromium.
// Every page opens as a tab of one window, kept open by a blank page: Chromium starts a renderer
// for each window's omnibox popup (chrome://omnibox-popup.top-chrome), about 0.8 s of CPU apiece,
// and a context of its own per page, or a window closed with its last page, meant one per page.
// So the pages share a browser context; none leaves anything another reads: the host and widget
// keep their state in the page, and the server sets no cookies.

export interface WidgetStack {
  serve: ServeProcess;
  site: StaticSite;
  browser: Browser;
  /** A new page in the stack's browser context, at this viewport size. */
  newPage: (viewport?: { width: number; height: number }) => Promise<Page>;
}

/** Started before the file's tests and stopped after them; read the fields inside tests. */
export function useWidgetStack(): WidgetStack {
  let context: BrowserContext;
  const stack = {
    newPage: async (viewport = { width: 1280, height: 720 }) => {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return page;
    },
  } as WidgetStack;
  beforeAll(async () => {
    mkdirSync('test/artifacts', { recursive: true });
    stack.site = await startStaticSite();
    [stack.serve, stack.browser] = await Promise.all([
      startServe({
        SHORTLIST_DATA_DIR: await demoDataDirCopy(),
        DEFAULT_PLAN: 'max',
        ALLOWED_ORIGINS: stack.site.url,
        LOG_LEVEL: 'info',
      }),
      launchChromium(),
    ]);
    context = await stack.browser.newContext();
    await context.newPage();
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.site?.close();
    await stack.serve?.stop();
  });
  return stack;
}
