import type { Server } from 'node:http';
import type { Account, AppContext } from '../../../src/context.js';
import { mountHandoffRoutes } from '../../../src/handoff/routes.js';
import { createHttpApp, listen } from '../../../src/transports/http.js';

// The real HTTP app on 127.0.0.1 with the handoff routes, its base URL made the public URL so the
// links the tool builds point at it.

export async function startHttp(
  ctx: AppContext,
  account: Account,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = createHttpApp(ctx, {
    authenticate: async () => account,
    routes: (r) => mountHandoffRoutes(r, ctx),
  });
  const { server, url } = await listen(app, 0, '127.0.0.1');
  ctx.config.publicUrl = url;
  return { url, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export const BRIEF = {
  title: 'Shopify storefront in React',
  description: 'Rebuild our Shopify storefront as a headless React site. Three months, remote.',
  skills: ['React', 'Shopify'],
  hourly_rate: { min: 50, max: 80 },
  duration_weeks: 12,
  start_date: '2026-12-01',
};

export async function open(url: string): Promise<Response> {
  return fetch(url, { redirect: 'manual' });
}
