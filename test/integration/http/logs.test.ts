import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/logger.js';
import { createHttpApp, listen } from '../../../src/transports/http.js';
import { closeGracefully } from '../../../src/http/shutdown.js';
import { testContext, type TestDatabase } from '../../helpers/database.js';
import { openSharedSeeded } from '../../helpers/seeded.js';
import { postMcp, toolCall } from './harness.js';

// Logs keep no query or profile text unless LOG_QUERIES=true, and every line of a request carries
// its request id.

function memoryLog(logQueries: boolean) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return {
    lines,
    logger: createLogger({ level: 'debug', logQueries, pretty: false, destination }),
  };
}

describe('log privacy', () => {
  it('redacts query, criteria and profile text by default, at the top level and one down', () => {
    const { lines, logger } = memoryLog(false);
    logger.info(
      {
        query: 'senior react dev in Lisbon',
        input: { query: 'x' },
        search: { criteria: { q: 1 } },
      },
      'searched',
    );
    logger.info(
      { profile: { overview: 'I build shops' }, handoff: { job: { title: 'CTO' } } },
      'x',
    );
    const text = lines.join('\n');
    expect(text).not.toMatch(/Lisbon|I build shops|CTO/);
    expect(JSON.parse(lines[0])).toMatchObject({ query: '[redacted]', input: '[redacted]' });
    expect(JSON.parse(lines[0]).search.criteria).toBe('[redacted]');
  });

  it('keeps them with LOG_QUERIES=true', () => {
    const { lines, logger } = memoryLog(true);
    logger.info({ query: 'senior react dev in Lisbon' }, 'searched');
    expect(JSON.parse(lines[0]).query).toBe('senior react dev in Lisbon');
  });

  describe('over HTTP', () => {
    let database: TestDatabase;
    beforeAll(async () => {
      ({ handle: database } = await openSharedSeeded());
    });

    it('logs each request with its id and without its body', async () => {
      const { lines, logger } = memoryLog(false);
      const ctx = { ...testContext(database), logger };
      const app = createHttpApp(ctx);
      const { server, url } = await listen(app, 0, '127.0.0.1');
      try {
        const secret = 'confidential brief for project Nightingale';
        const response = await postMcp(
          `${url}/mcp`,
          toolCall('search_freelancers', { query: secret }),
          { 'x-request-id': 'trace-me-1' },
        );
        expect(response.status).toBeLessThan(500);
        await new Promise((r) => setTimeout(r, 50));
        const text = lines.join('\n');
        expect(text).not.toContain('Nightingale');
        const access = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'request');
        expect(access).toMatchObject({ requestId: 'trace-me-1', method: 'POST', path: '/mcp' });
      } finally {
        await closeGracefully(server, app, 500);
      }
    });
  });
});
