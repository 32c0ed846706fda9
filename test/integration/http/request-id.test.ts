import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { closeGracefully } from '../../../src/http/shutdown.js';
import { createLogger } from '../../../src/logger.js';
import { createHttpApp, listen } from '../../../src/transports/http.js';
import { openTestDatabase, testContext, testDatabase } from '../../helpers/database.js';
import { postMcp, toolCall } from './harness.js';

// One request id, from X-Request-Id through every line the request logs: the access log, the
// tool's lines, and the database's own lines, which go to the process logger.

// The database here is opened with its own logger; the embedded project runs it.
describe.skipIf(testDatabase === 'server')('request ids', () => {
  it("carry the caller's X-Request-Id on every line of its request, the database's included", async () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const logger = createLogger({ level: 'trace', pretty: false, destination });
    // The run's migrated template, opened with this logger (migrating here, every query logged
    // at trace, was most of this file's time); only the request's own lines are kept.
    const handle = await openTestDatabase({ logger });
    lines.length = 0;
    const ctx = { ...testContext(handle), logger };
    const app = createHttpApp(ctx);
    const { server, url } = await listen(app, 0, '127.0.0.1');
    try {
      const res = await postMcp(
        `${url}/mcp`,
        toolCall('search_freelancers', { query: 'react developer' }),
        { 'x-request-id': 'trace-me-2' },
      );
      expect(res.headers.get('x-request-id')).toBe('trace-me-2');
      await res.text();
      await new Promise((r) => setTimeout(r, 50));
      const queries = lines.filter((l) => l.msg === 'query');
      expect(queries.length).toBeGreaterThan(2);
      for (const line of lines) expect(line.requestId, JSON.stringify(line)).toBe('trace-me-2');
    } finally {
      await closeGracefully(server, app, 500);
      await handle.close();
    }
  });
});
