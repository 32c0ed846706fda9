import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/context.js';
import { profilePage } from '../../../src/handoff/demo-pages.js';
import { openTestDatabase, type TestDatabase } from '../../helpers/database.js';
import { ANA, AS_OF } from '../profiles/fixtures.js';
import { contextAt, loadFixtures } from '../profiles/setup.js';

// The demo message page shows the message as written: its first line is not indented.

let handle: TestDatabase;
let ctx: AppContext;

beforeAll(async () => {
  handle = await openTestDatabase();
  ({ ctx } = contextAt(handle, AS_OF));
  await loadFixtures(handle, [ANA]);
});
afterAll(async () => {
  await handle?.close();
});

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
