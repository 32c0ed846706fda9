import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../../../src/search/understand/vocabulary.js';

// More needs told by what goes wrong or by what the client wants, a family each. The sentences are
// not phrasings of the vocabulary: they reach one through the stemmer and the small words a
// phrase may skip.

const slugs = (text: string) =>
  loadVocabulary()
    .match(text)
    .flatMap((m) => m.skills.map((s) => s.slug));

describe('more needs told by their symptom, in families', () => {
  it.each([
    ['css', 'the page is broken in Safari on my mac'],
    ['wordpress', 'we updated a plugin and now the whole site is a white screen'],
    ['ux-design', 'users are confused right after signing up'],
    ['technical-seo', 'since the migration we dropped from page one'],
    ['api-documentation', 'our partners need an API reference for each endpoint'],
    ['medical-writing', 'a summary of our clinical trial for patients'],
    ['valuation', 'we are thinking of buying out a competitor'],
    ['transcription', 'type up my voice memos every evening'],
    ['test-planning', 'a plan for the testing of our new release'],
    ['soc2-compliance', 'an enterprise client wants a SOC report from us'],
    ['iot', 'people should control the heater from the app'],
    ['mechanical-engineering', 'the hinge keeps cracking after a week of use'],
    ['corporate-law', 'one cofounder is leaving and wants his shares'],
    ['audio-editing', 'the podcast sounds muffled and echoey'],
    ['mixing-mastering', 'our songs sound flat next to the radio'],
    ['logo-design', 'a distinctive mark for our law practice'],
    ['animation-2d', 'a mascot that waves and blinks at visitors'],
    ['rest-api', 'a shared backend for the shop and the app'],
    ['copywriting', 'our homepage text is boring to read'],
    ['nlp', 'split our reviews into happy and unhappy ones'],
    ['incident-response', 'we found unauthorised access on the server'],
    ['load-testing', 'will the shop hold when fans try to buy at midnight'],
    ['mobile-app-development', 'guests should order from their phones at the table'],
    ['ecommerce-development', 'let people buy on our website instead of by phone'],
    ['monitoring', 'it is always down when customers phone us about it'],
    ['cdn', 'the clips keep buffering for viewers in Brazil'],
    ['docker', 'the whole stack should start with one command'],
    ['grant-writing', 'our shelter wants money from a foundation'],
    ['tokenomics', 'work out the token allocation for the team and investors'],
    ['editing', 'my memoir rambles, it needs someone to cut it down'],
    ['print-design', 'posters for the summer fair'],
    ['research', 'dig up info on twenty suppliers'],
    ['case-studies', 'turn three client success stories into pages for the site'],
  ])('reads %s in "%s"', (slug, text) => {
    expect(slugs(text)).toContain(slug);
  });
});

describe('tools by the short names clients use', () => {
  it.each([
    ['woocommerce', 'the checkout on our Woo store spins forever'],
    ['facebook-ads', 'someone to run our FB ad campaigns'],
    ['instagram-marketing', 'we want more IG followers for the salon'],
    ['youtube-marketing', 'grow my YT channel about bikes'],
    ['youtube-video-editing', 'cut my YT videos so they are snappier'],
    ['google-sheets', 'a formula in our gsheet keeps breaking'],
    ['social-media-management', 'post on our FB page and IG account every day'],
  ])('reads %s in "%s"', (slug, text) => {
    expect(slugs(text)).toContain(slug);
  });
});
