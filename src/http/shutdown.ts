import type { Server } from 'node:http';
import type { Express } from 'express';

// Graceful stop: refuse new connections, let requests in flight finish (their keep-alive
// connections are closed after the response), and cut whatever is left after `timeoutMs`.

export function closeGracefully(server: Server, app: Express, timeoutMs = 10_000): Promise<void> {
  app.locals.draining = true;
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
