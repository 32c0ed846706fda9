import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { demoDataDirCopy, startServe, type ServeProcess } from '../../helpers/server-process.js';
import { launchChromium, startStaticSite, type StaticSite } from './harness.js';

// What the browser tests of the widget run against, started once for both hosts
// (widget.test.ts): the real server on a copy of the demo index, a static site for the host pages,
// whose origin the server is told to allow (the pages call /mcp from it), and headless Chromium.

export interface WidgetStack {
  serve: ServeProcess;
  site: StaticSite;
  browser: Browser;
}

/** Started before the file's tests and stopped after them; read the fields inside tests. */
export function useWidgetStack(): WidgetStack {
  const stack = {} as WidgetStack;
  beforeAll(async () => {
    mkdirSync('test/artifacts', { recursive: true });
    stack.site = await startStaticSite();
    [stack.serve, stack.browser] = await Promise.all([
      startServe({
        SHORTLIST_DATA_DIR: await demoDataDirCopy(),
        DEFAULT_PLAN: 'max',
        ALLOWED_ORIGINS: stack.site.url,
      }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await stack.browser?.close();
    await stack.site?.close();
    await stack.serve?.stop();
  });
  return stack;
}
