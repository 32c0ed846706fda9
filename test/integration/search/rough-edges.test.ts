import { describe, expect, it } from 'vitest';
import { SearchOutput } from '../../../src/search/explain/result-schema.js';
import { testDatabase } from '../../helpers/database.js';
import { call, textOf } from '../../helpers/mcp.js';
import { useSeededClient } from '../../helpers/seeded.js';

// Edges a new user hit: a cursor sent with another query, a start date in the past.

describe(`search edges on ${testDatabase}`, () => {
  const seeded = useSeededClient({ shared: true });

  it('refuses a cursor sent with a different query, naming both', async () => {
    const first = SearchOutput.parse(
      (await call(seeded.client, 'search_freelancers', { query: 'react developer', limit: 2 }))
        .structuredContent,
    );
    expect(first.next_cursor).toBeDefined();
    const same = await call(seeded.client, 'search_freelancers', {
      query: 'react developer',
      cursor: first.next_cursor,
      limit: 2,
    });
    expect(same.isError, textOf(same)).toBeFalsy();
    const other = await call(seeded.client, 'search_freelancers', {
      query: 'python developer',
      cursor: first.next_cursor,
    });
    expect(other.isError).toBe(true);
    expect(textOf(other)).toMatch(/pages the search for "react developer", not "python developer"/);
  });

  it('says so when availability.start_by is in the past', async () => {
    const out = SearchOutput.parse(
      (
        await call(seeded.client, 'search_freelancers', {
          query: 'react developer',
          availability: { start_by: '2020-01-01' },
        })
      ).structuredContent,
    );
    expect(out.notices.join(' ')).toMatch(/start_by 2020-01-01 is in the past/);
  });
});
