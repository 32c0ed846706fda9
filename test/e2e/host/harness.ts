import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

// What the widget browser tests share: the widget (built once per run by the e2e global setup),
// a loopback static server for the test host page, and Debian's Chromium.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BUNDLE = 'dist/widget/shortlist.html';

/** Sizes of the widget the e2e global setup built, as `npm run build` builds it. */
export function widgetBundleSize(): { raw: number; gzip: number } {
  const html = readFileSync(BUNDLE);
  return { raw: html.length, gzip: gzipSync(html).length };
}

export interface StaticSite {
  url: string;
  pages: Map<string, string>;
  close: () => Promise<void>;
}

/** Serves the host page and any page a test adds, on its own loopback origin. */
export async function startStaticSite(): Promise<StaticSite> {
  const pages = new Map<string, string>([
    ['/host.html', readFileSync('test/e2e/host/host.html', 'utf8')],
    ['/host.js', readFileSync('test/e2e/host/host.js', 'utf8')],
  ]);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = pages.get(path);
    if (body === undefined) return void res.writeHead(404).end();
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** shortlist_tool_calls_total by tool, from the server's own /metrics. */
export async function toolCallCounts(serverUrl: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${serverUrl}/metrics`)).text();
  const counts: Record<string, number> = {};
  for (const m of text.matchAll(/^shortlist_tool_calls_total\{([^}]*)\} (\d+)/gm)) {
    const tool = /tool="([^"]+)"/.exec(m[1])?.[1];
    if (tool) counts[tool] = (counts[tool] ?? 0) + Number(m[2]);
  }
  return counts;
}
