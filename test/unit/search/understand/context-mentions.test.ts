import { describe, expect, it } from 'vitest';
import { interpret } from '../../../../src/search/understand/interpret.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { fixtureGeo } from '../../fakes/reference.js';

// A business function named only as the owner of the data or tool the work is about is context,
// not a need: "our accounting system" asks for no accountant.

const graph = taxonomyGraph();
const read = (query: string) => interpret({ query }, graph, fixtureGeo(), new Date()).interpreted;
const taxonomy = (query: string) =>
  read(query)
    .understood.filter((u) => u.source === 'taxonomy')
    .map((u) => u.skill);

describe('interpret: a function named as context', () => {
  it('does not read the function behind a system, a tool or its figures as the need', () => {
    expect(taxonomy('type 2,000 paper invoices into our accounting system')).toEqual([]);
    expect(taxonomy('pull the numbers from the ad accounts and the accounting tool')).toEqual([]);
    expect(taxonomy('we have three years of sales in one big file')).toEqual([]);
    expect(taxonomy('a dashboard to see sales by region every week')).toEqual([]);
    // Used as context, so the words are not listed as unused either.
    expect(read('type invoices into our accounting system').unused_words).not.toContain(
      'accounting',
    );
  });

  it("reads a function's figures as data work, as a broad guess", () => {
    expect(read('dig into our sales data and tell us what sells').understood).toContainEqual({
      phrase: 'sales data',
      skill: 'Data Analysis',
      source: 'vocabulary',
      confidence: 0.45,
    });
    expect(read('type invoices into our accounting system').skills_in_query).not.toContain(
      'Data Analysis',
    );
  });

  it('still reads the function when it is asked for, or a tool named beside data', () => {
    expect(taxonomy('help us grow our sales; our sales data is in a spreadsheet')).toContain(
      'Sales',
    );
    expect(taxonomy('someone to do our bookkeeping')).toContain('Bookkeeping');
    expect(taxonomy('we keep our Salesforce data in a mess')).toContain('Salesforce');
  });
});
