import { existsSync, readFileSync } from 'node:fs';
import { RESOURCE_MIME_TYPE } from '@modelcontextprotocol/ext-apps/server';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Config } from '../config.js';
import { baseUrl, marketplaceTemplates } from '../reference/marketplaces.js';
import { packagePath } from '../package-root.js';

// The widget is one self-contained HTML file (widget/, built by `npm run build:widget` into
// dist/widget/). Hosts cache templates by URI, so the version in the URI changes whenever the
// widget's contract with the tools changes.

export const WIDGET_VERSION = '1';
export const WIDGET_URI = `ui://shortlist/shortlist-v${WIDGET_VERSION}.html`;
export const WIDGET_MIME = RESOURCE_MIME_TYPE;
export const WIDGET_DESCRIPTION =
  'Shows the ranked shortlist as cards with match scores and reasons, a profile, a side-by-side ' +
  'comparison of two or three candidates, and the hire links. The user can page for more ' +
  'candidates and hand off from the cards; describe changes to the search in words.';

/** dist/widget/shortlist.html under the package root (built by `npm run build:widget`). */
export function widgetBundlePath(): string {
  return packagePath('dist', 'widget', 'shortlist.html');
}

let cached: { path: string; html: string } | undefined;

export function readWidgetHtml(path = widgetBundlePath()): string {
  if (cached?.path === path) return cached.html;
  if (!existsSync(path)) {
    throw new Error(
      'The Shortlist widget is not built on this server; run `npm run build:widget`.',
    );
  }
  cached = { path, html: readFileSync(path, 'utf8') };
  return cached.html;
}

/**
 * The CSP is empty: the bundle has no outside scripts, styles or fonts and reaches the server
 * only through the host. Links leave through the server's own /h/ redirect and land on the
 * marketplace, so both are redirect domains (ChatGPT opens them without a warning).
 */
export function widgetResourceMeta(
  config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'marketplace' | 'marketplaceTemplates'>,
): Record<string, unknown> {
  const templates = marketplaceTemplates(config, config.marketplace);
  const base = baseUrl(config);
  const origins = [base, ...Object.values(templates)]
    .map((t) => t.replaceAll('{base}', base).replaceAll('{id}', 'x'))
    .map((u) => new URL(u).origin);
  const redirect = [...new Set(origins)];
  const domain = config.publicUrl ? new URL(config.publicUrl).origin : undefined;
  return {
    ui: {
      csp: { connectDomains: [], resourceDomains: [] },
      prefersBorder: true,
      ...(domain ? { domain } : {}),
    },
    'openai/widgetCSP': { connect_domains: [], resource_domains: [], redirect_domains: redirect },
    'openai/widgetDescription': WIDGET_DESCRIPTION,
    'openai/widgetPrefersBorder': true,
    ...(domain ? { 'openai/widgetDomain': domain } : {}),
  };
}

const metas = new WeakMap<Config, Record<string, unknown>>();

export function registerWidgetResource(server: McpServer, config: Config): void {
  // The meta depends on the config only: made once per process, not once per request.
  let meta = metas.get(config);
  if (!meta) metas.set(config, (meta = widgetResourceMeta(config)));
  server.registerResource(
    'shortlist-widget',
    WIDGET_URI,
    {
      title: 'Shortlist',
      description: WIDGET_DESCRIPTION,
      mimeType: WIDGET_MIME,
      _meta: meta,
    },
    async (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: WIDGET_MIME,
          text: readWidgetHtml(),
          _meta: meta,
        },
      ],
    }),
  );
}
