import { describe, expect, it } from 'vitest';
import { loadVocabulary } from '../../../../src/search/understand/vocabulary.js';

// Needs that clients tell by what goes wrong or what they want to see, each family said several
// ways. The sentences here are not phrasings of the vocabulary: they reach them through the
// stemmer and the small words a phrase may skip.

const slugs = (text: string) =>
  loadVocabulary()
    .match(text)
    .flatMap((m) => m.skills.map((s) => s.slug));

describe('needs told by their symptom, in families', () => {
  it.each([
    ['statistics', 'was the jump in signups a fluke?'],
    ['statistics', 'we need to know whether the results are real'],
    ['incident-response', 'we think someone broke into the server over the weekend'],
    ['identity-access-management', 'staff who left still have access to our tools'],
    ['identity-access-management', 'we want control over who has access to which files'],
    ['regression-testing', 'each time we fix one bug something else breaks'],
    ['conversion-rate-optimization', 'loads of traffic but no sales at all'],
    ['technical-support', 'customers cannot log in and keep emailing us'],
    ['software-localization', 'get the buttons and the menus translated into German'],
    ['cdn', 'the site is slow for visitors overseas'],
    ['docker', 'it only runs on one old laptop'],
    ['dns', 'we moved our domain and now nothing works'],
    ['resume-writing', 'I apply for jobs and hear nothing back'],
    ['subtitling', 'put text at the bottom of each tutorial'],
    ['recommendation-systems', 'show items similar to what each shopper viewed'],
    ['time-series-forecasting', 'how much stock should we order next month'],
    ['user-research', 'find out why our customers leave us for other apps'],
    ['caching', 'the app asks the database the same question a thousand times'],
    ['websockets', 'orders should appear without refreshing the page'],
    ['augmented-reality', 'customers point their phone at the wall and see the painting there'],
    ['threejs', 'a shoe you can spin around with the mouse'],
    ['d3js', 'hover over a country to see the numbers'],
    ['malware-analysis', 'a program on the office pc keeps opening by itself'],
    ['packaging-design', 'our jars need to stand out on a shelf'],
  ])('reads %s in "%s"', (slug, text) => {
    expect(slugs(text)).toContain(slug);
  });
});
