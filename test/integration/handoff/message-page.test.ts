import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { profilePage } from '../../../src/handoff/demo-pages.js';
import type { TestDatabase } from '../../helpers/database.js';
import { AS_OF } from '../profiles/fixtures.js';
import { contextAt, openSharedFixtures } from '../profiles/setup.js';

// The demo message page shows the message as written: its first line is not indented.

let handle: TestDatabase;
let ctx: AppContext;

beforeAll(async () => {
  handle = await openSharedFixtures();
  ({ ctx } = contextAt(handle, AS_OF));
});
afterAll(async () => {});

describe('demo message page', () => {
  it('starts the message at the start of its line', async () => {
    const html = await profilePage(ctx.db, 'fx_ana', {
      action: 'message',
      title: 'Storefront rebuild',
      description: 'Two weeks, React.',
    });
    expect(html).toContain(
      '<p class="desc">Hi Ana, I&#39;d like to talk about &quot;Storefront rebuild&quot;. Two weeks, React.</p>',
    );
  });
});
