import type { Config } from '../config.js';

// Marketplaces are URL templates. `{base}` is this server's own base URL and `{id}` the
// freelancer's id on the marketplace; the brief is attached as query parameters by the redirect.
// `demo` points at pages this server renders, so the whole flow can be clicked through locally.

export interface MarketplaceTemplates {
  profile: string;
  invite: string;
  message: string;
  job_post: string;
}

export const MARKETPLACES: Record<string, MarketplaceTemplates> = {
  demo: {
    profile: '{base}/demo/freelancers/{id}',
    invite: '{base}/demo/freelancers/{id}?action=invite',
    message: '{base}/demo/freelancers/{id}?action=message',
    job_post: '{base}/demo/job-post',
  },
  // Upwork has no deep link for an invitation or a message: both start on the profile.
  upwork: {
    profile: 'https://www.upwork.com/freelancers/~{id}',
    invite: 'https://www.upwork.com/freelancers/~{id}',
    message: 'https://www.upwork.com/freelancers/~{id}',
    job_post: 'https://www.upwork.com/nx/job-post/',
  },
};

/** This server's own base URL: PUBLIC_URL, else the address it listens on. */
export function baseUrl(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
}

/**
 * The templates of a marketplace: built in, or added by configuration (MARKETPLACE_TEMPLATES,
 * checked in src/config.ts), which may also override a built-in one.
 */
export function marketplaceTemplates(
  config: Pick<Config, 'marketplaceTemplates'>,
  name: string,
): MarketplaceTemplates {
  const templates = config.marketplaceTemplates[name] ?? MARKETPLACES[name];
  if (!templates) throw new Error(`unknown marketplace "${name}"`);
  return templates;
}

export function fillUrl(template: string, base: string, freelancerId?: string): string {
  return template
    .replaceAll('{base}', base)
    .replaceAll('{id}', encodeURIComponent(freelancerId ?? ''));
}

/** The freelancer's page on the configured marketplace, without a handoff (search results). */
export function profileUrl(
  config: Pick<Config, 'publicUrl' | 'host' | 'port' | 'marketplace' | 'marketplaceTemplates'>,
  freelancerId: string,
): string {
  return fillUrl(
    marketplaceTemplates(config, config.marketplace).profile,
    baseUrl(config),
    freelancerId,
  );
}
