import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Account, AppContext } from '../../../src/context.js';
import { getProfileTool } from '../../../src/tools/get-profile.js';
import { openSharedSeeded } from '../../helpers/seeded.js';
import { TEST_AS_OF } from '../../helpers/templates.js';
import { accountFor, call, connect, contextAt, textOf } from './setup.js';

const AS_OF = TEST_AS_OF;
const BASE = ['profile', 'portfolio', 'work_history', 'reviews', 'fit'];
const EXPECTED: Record<Account['plan'], { sections: string[]; notices: RegExp[] }> = {
  free: {
    sections: BASE,
    notices: [/The pro plan adds the track record/, /The max plan adds a success prediction/],
  },
  pro: { sections: [...BASE, 'track_record'], notices: [/The max plan adds a success prediction/] },
  max: { sections: [...BASE, 'track_record', 'success_prediction'], notices: [] },
};

let ctx: AppContext;
const clients: Client[] = [];

beforeAll(async () => {
  // The worker's shared seeded index (dated AS_OF), with the success model that the max plan's
  // prediction uses; what this file writes (its accounts' searches) is its own.
  const { handle } = await openSharedSeeded();
  ({ ctx } = contextAt(handle, new Date(`${AS_OF}T12:00:00Z`)));
});
afterAll(async () => {
  for (const c of clients) await c.close();
});

async function clientFor(plan: Account['plan']) {
  const client = await connect(ctx, await accountFor(ctx, `acct_${plan}`, plan));
  clients.push(client);
  return client;
}

async function searchWith(client: Client) {
  const result = await call(client, 'search_freelancers', {
    query: 'React developer for an e-commerce storefront',
    required_skills: ['JavaScript'],
    project: { duration_weeks: 12 },
  });
  expect(result.isError, textOf(result)).toBeFalsy();
  const out = result.structuredContent as {
    search_id: string;
    candidates: { freelancer_id: string }[];
  };
  expect(out.candidates.length).toBeGreaterThan(0);
  return { searchId: out.search_id, freelancerId: out.candidates[0].freelancer_id };
}

describe('get_profile by plan', () => {
  for (const plan of ['free', 'pro', 'max'] as const) {
    it(`${plan} sees exactly its sections and what higher plans add`, async () => {
      const client = await clientFor(plan);
      const { searchId, freelancerId } = await searchWith(client);
      const result = await call(client, 'get_profile', {
        freelancer_id: freelancerId,
        search_id: searchId,
      });
      expect(result.isError, textOf(result)).toBeFalsy();
      const out = getProfileTool.outputSchema.parse(result.structuredContent);
      expect(out.plan).toBe(plan);
      expect(out.sections).toEqual(EXPECTED[plan].sections);
      const present = [
        'profile',
        'portfolio',
        'work_history',
        'reviews',
        'fit',
        'track_record',
        'success_prediction',
      ].filter((k) => k in (result.structuredContent as object));
      expect(present).toEqual(EXPECTED[plan].sections);
      expect(out.notices).toHaveLength(EXPECTED[plan].notices.length);
      EXPECTED[plan].notices.forEach((n, i) => expect(out.notices[i]).toMatch(n));
      expect(out.fit!.search_id).toBe(searchId);
      if (plan !== 'free')
        expect(out.track_record!.searched_skills!.skills).toEqual(['JavaScript']);
      if (plan === 'max') {
        const p = out.success_prediction!;
        expect(p.probability).toBeGreaterThan(0);
        expect(p.probability).toBeLessThan(1);
        expect(p.model.auc).toBeGreaterThan(p.model.baseline.auc);
        expect(textOf(result)).toMatch(/Predicted chance of a successful contract: \d+%/);
      }
    });
  }

  it('says so when a section outside the plan is asked for', async () => {
    const client = await clientFor('free');
    const { freelancerId } = await searchWith(client);
    const result = await call(client, 'get_profile', {
      freelancer_id: freelancerId,
      sections: ['track_record', 'reviews'],
    });
    const out = getProfileTool.outputSchema.parse(result.structuredContent);
    expect(out.sections).toEqual(['reviews']);
    expect(out.notices[0]).toMatch(/^"track_record" is not in the free plan\. The pro plan adds/);
  });

  it("does not show fit against another account's search", async () => {
    const { searchId, freelancerId } = await searchWith(await clientFor('pro'));
    const other = await clientFor('max');
    const result = await call(other, 'get_profile', {
      freelancer_id: freelancerId,
      search_id: searchId,
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/No search "s_.*" for this account/);
  });
});
