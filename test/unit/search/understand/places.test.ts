import { describe, expect, it } from 'vitest';
import { interpret } from '../../../../src/search/understand/interpret.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { fixtureGeo } from '../../fakes/reference.js';

// A place where someone or something is says nothing about a language; the people the work is
// for, in a place, still ask for its language.

const graph = taxonomyGraph();
const skills = (query: string) =>
  interpret({ query }, graph, fixtureGeo(), new Date()).interpreted.skills_in_query;

describe('interpret: places', () => {
  it('does not read where the freelancer, a server or an employee is as a translation', () => {
    expect(skills('a new app for our shop, someone in latin america')).not.toContain(
      'English-Spanish Translation',
    );
    expect(skills('pages load slowly abroad, the server sits in germany')).not.toContain(
      'English-German Translation',
    );
    expect(skills('a visa for an employee who is moving here from brazil')).not.toContain(
      'English-Portuguese Translation',
    );
    expect(skills('a bookkeeper based in France')).not.toContain('English-French Translation');
  });

  it('reads a place as its language when the people there are who the work is for', () => {
    expect(skills('our website for our customers in quebec')).toContain(
      'English-French Translation',
    );
    expect(skills('our brochure for readers in Germany')).toContain('English-German Translation');
  });
});
