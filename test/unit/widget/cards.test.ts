import { describe, expect, it } from 'vitest';
import type { Candidate, SearchOutput } from '../../../src/search/explain/result-schema.js';
import { briefFromSearch, initials, searchWidgetMeta, toCard } from '../../../src/widget/cards.js';
import { readWidgetHtml, widgetResourceMeta } from '../../../src/widget/resource.js';
import { appOnlyToolMeta, widgetToolMeta } from '../../../src/widget/tool-meta.js';

const candidate: Candidate = {
  freelancer_id: 'fl_1',
  name: 'Ana María de la Cruz',
  title: 'React engineer',
  hourly_rate_usd: 84.6,
  country: 'ES',
  timezone: 'Europe/Madrid',
  rating: 4.86,
  reviews_count: 1,
  jobs_completed: 12,
  job_success: 96.4,
  badges: ['top_rated_plus', 'something_new'],
  availability_hours_per_week: 30,
  profile_url: 'https://example.com/p/fl_1',
  match: {
    score: 91.6,
    required: { matched: ['React'], missing: ['GraphQL'] },
    preferred: { matched: [], missing: [] },
    reasons: ['a', 'b', 'c', 'd'],
  },
};

const interpreted: SearchOutput['interpreted'] = {
  required_skills: [{ as_written: 'reactjs', skill: 'React', also_accepts: ['Next.js'] }],
  preferred_skills: [{ as_written: 'shopify', skill: 'Shopify' }],
  skills_in_query: ['React', 'E-commerce'],
  expansions: [],
  filters: [],
  understood: [],
  unused_words: [],
};

describe('widget cards', () => {
  it('formats a candidate for a card', () => {
    const card = toCard(candidate);
    expect(card).toMatchObject({
      initials: 'AC',
      rate: '$85/h',
      rating: '4.9 (1)',
      rating_label: 'Rated 4.9 out of 5 from 1 review',
      location: 'ES · Europe/Madrid',
      score: 92,
      job_success: '96%',
      badges: ['Top Rated Plus', 'something_new'],
      review: null,
    });
    expect(card.reasons).toEqual(['a', 'b', 'c']);
    expect(toCard({ ...candidate, rating: null }).rating).toBe('New');
    expect(initials('  cher ')).toBe('C');
    expect(initials('Ana María Cruz')).toBe('AC');
    expect(initials('kateřina černá')).toBe('KČ');
    expect(initials('')).toBe('?');
  });

  it('drafts a brief from the client words and the recognised skills, without duplicates', () => {
    const brief = briefFromSearch(
      { query: 'Rebuild our storefront in React', hourly_rate: { max: 90 } },
      { interpreted },
    );
    expect(brief).toEqual({
      title: 'React and Shopify freelancer',
      description: 'Rebuild our storefront in React',
      skills: ['React', 'Shopify', 'E-commerce'],
      hourly_rate: { max: 90 },
    });
    // Too short to be a description on its own: the brief says what it is.
    expect(briefFromSearch({ query: 'React' }, { interpreted }).description).toBe(
      'Looking for a freelancer: React.',
    );
  });

  it('keeps the page facts beside the cards', () => {
    const out: SearchOutput = {
      search_id: 's_1',
      total_matches: 40,
      interpreted,
      candidates: [candidate],
      notices: ['n'],
    };
    const meta = searchWidgetMeta(out, null);
    expect(meta).toMatchObject({
      kind: 'search',
      search_id: 's_1',
      next_cursor: null,
      total_is_lower_bound: false,
    });
    expect(meta.cards).toHaveLength(1);
    const capped = searchWidgetMeta(
      { ...out, total_matches: 10_000, total_is_lower_bound: true },
      null,
    );
    expect(capped).toMatchObject({ total_matches: 10_000, total_is_lower_bound: true });
  });
});

describe('widget registration', () => {
  const config = {
    publicUrl: undefined,
    host: '127.0.0.1',
    port: 8787,
    marketplace: 'demo',
    marketplaceTemplates: {},
  };

  it('lets links leave through the server itself on the demo marketplace', () => {
    const meta = widgetResourceMeta(config);
    expect(meta['openai/widgetCSP']).toEqual({
      connect_domains: [],
      resource_domains: [],
      redirect_domains: ['http://127.0.0.1:8787'],
    });
    expect(meta).not.toHaveProperty('openai/widgetDomain');
  });

  it('hides the app-only tool from the model in both vocabularies', () => {
    expect(widgetToolMeta('a…', 'b')).not.toHaveProperty('openai/visibility');
    expect(appOnlyToolMeta('a…', 'b')).toMatchObject({
      ui: { visibility: ['app'] },
      'openai/visibility': 'private',
    });
  });

  it('says how to build the widget when the bundle is missing', () => {
    expect(() => readWidgetHtml('/nonexistent/shortlist.html')).toThrow(/npm run build:widget/);
  });
});
