import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../../src/reference/fixtures.js';
import { loadVocabulary } from '../../../../src/search/understand/vocabulary.js';
import { contentStems, stem } from '../../../../src/search/understand/words.js';

const slugs = (text: string, masked?: [number, number][]) =>
  loadVocabulary()
    .match(text, masked)
    .flatMap((m) => m.skills.map((s) => s.slug));

describe('the light stemmer', () => {
  it('brings inflections of one word together', () => {
    for (const group of [
      ['automate', 'automating', 'automation', 'automated'],
      ['spreadsheet', 'spreadsheets'],
      ['tax', 'taxes'],
      ['translate', 'translation', 'translating'],
      ['shop', 'shopping', 'shops'],
    ])
      expect(new Set(group.map(stem)).size, group.join(',')).toBe(1);
  });

  it('keeps nouns that only look like verbs apart', () => {
    expect(stem('booking')).not.toBe(stem('books'));
  });

  it('drops the small words', () => {
    expect(contentStems("I'm looking for someone to fix my website")).toEqual(['fix', 'websit']);
  });
});

describe('the vocabulary of client phrasings', () => {
  it('names only skills and categories the taxonomy has', () => {
    const taxonomy = loadTaxonomy();
    const ids = new Set(taxonomy.skills.map((s) => s.id));
    const file = JSON.parse(
      readFileSync(new URL('../../../../fixtures/vocabulary.json', import.meta.url), 'utf8'),
    ) as {
      skills: Record<string, string[]>;
      categories: Record<string, { skills: string[] }>;
    };
    for (const slug of Object.keys(file.skills)) expect(ids.has(slug), slug).toBe(true);
    for (const [id, c] of Object.entries(file.categories)) {
      expect(
        taxonomy.categories.some((x) => x.id === id),
        id,
      ).toBe(true);
      for (const slug of c.skills) expect(ids.has(slug), slug).toBe(true);
    }
    expect(Object.keys(file.categories).sort()).toEqual(
      taxonomy.categories.map((c) => c.id).sort(),
    );
    expect(Object.keys(file.skills).length).toBeGreaterThanOrEqual(150);
  });

  it('reads what clients say they need', () => {
    expect(slugs('make my website show up on Google')).toContain('seo');
    expect(slugs('someone to build my online store')).toContain('ecommerce-development');
    expect(slugs('help me with my books')).toContain('bookkeeping');
    expect(slugs('automate my spreadsheets')).toContain('excel-vba');
    expect(slugs('translate our site')).toContain('software-localization');
    expect(slugs('my site is slow')).toContain('web-performance');
    expect(slugs('answer customer emails')).toContain('customer-support');
    expect(slugs('brand identity for a bakery')).toContain('brand-identity');
  });

  it('reads a need told as its symptom or its result', () => {
    expect(slugs('the shop takes forever to load')).toContain('web-performance');
    expect(slugs('our booking tool and calendar do not talk to each other')).toContain(
      'api-integration',
    );
    expect(slugs('a toolbar button that clips articles')).toContain('chrome-extensions');
    expect(slugs('lifelike pictures of a sofa we have not built yet')).toContain('3d-rendering');
    expect(slugs('make the title and our logo move in the intro')).toContain('motion-graphics');
  });

  it('matches a phrase across one small gap and through inflections', () => {
    expect(slugs('we need help automating our spreadsheet')).toContain('excel-vba');
    expect(slugs('answer emails from customers')).toContain('email-management');
  });

  it('reads "app" alone as a phone app, but not a web app', () => {
    expect(slugs('an app for my gym')).toContain('mobile-app-development');
    expect(slugs('a web app for my gym')).not.toContain('mobile-app-development');
  });

  it('leaves words the taxonomy already read to the taxonomy', () => {
    const text = 'tidy up our Google Sheets budget';
    const start = text.indexOf('Google Sheets');
    expect(slugs(text, [[start, start + 'Google Sheets'.length]])).not.toContain('seo');
  });
});
