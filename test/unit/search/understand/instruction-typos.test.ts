import { describe, expect, it } from 'vitest';
import { mendWord } from '../../../../src/search/understand/instruction/typos.js';
import { parseInstruction } from '../../../../src/search/understand/instruction/parse-instruction.js';
import { tokenise } from '../../../../src/search/understand/instruction/tokens.js';
import { vocabulary } from '../../../../src/search/understand/instruction/vocabulary.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';
import { patchOf, readWords } from './instruction-patch.js';

// One slip in a word of the vocabulary is read as the word meant, and said in a notice; a real
// word is never read as another. A negator with a slip is still a negator, or the sentence would
// turn around ("exlude India" narrowed to India).

const graph = taxonomyGraph();
const mends = (text: string) =>
  tokenise(text).flatMap((t) => {
    const fixed = mendWord(t, vocabulary(), (w) => graph.resolve(w) !== undefined);
    return fixed ? [[t.raw, fixed]] : [];
  });

const NEGATORS = ['nobody', 'exclude', 'without', 'except', 'excluding', 'outside', 'anyone but'];
/** Every slip a typist makes: a letter left out, typed twice, or two swapped; never the first. */
const slips = (word: string) =>
  Array.from({ length: word.length - 2 }, (_, k) => k + 1).flatMap((at) => [
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
    word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
  ]);

describe('slips', () => {
  it('a negator with any one slip still sets the place aside', () => {
    for (const negator of NEGATORS) {
      const [first, ...rest] = negator.split(' ');
      for (const typed of slips(first)) {
        const said = [typed, ...rest, 'India'].join(' ');
        expect(patchOf(said).location?.countries ?? [], said).not.toContain('IN');
      }
    }
  });

  it('a negator with a letter changed never narrows to the place: it is left alone', () => {
    for (const negator of ['nobody', 'exclude', 'without', 'except', 'excluding', 'outside']) {
      for (let at = 1; at < negator.length; at++)
        for (const c of 'aeioudstnrl') {
          if (c === negator[at]) continue;
          const said = `${negator.slice(0, at)}${c}${negator.slice(at + 1)} India`;
          expect(patchOf(said).location?.countries ?? [], said).not.toContain('IN');
        }
    }
  });

  it('reads the word meant and says so', () => {
    for (const [said, patch] of [
      ['chepaer pls', { hourly_rate: { max: 45 } }],
      ['more senoir', { experience_level: 'expert' }],
      ['exlude India', { location: { exclude_countries: ['IN'] } }],
      ['fluent englsh', { languages: [{ code: 'en', min_level: 'fluent' }] }],
      ['not from Germny', { location: { exclude_countries: ['DE'] } }],
    ] as const) {
      const read = readWords(said, said.startsWith('chepaer') ? { hourly_rate: { max: 60 } } : {});
      expect(read.patch).toEqual(patch);
      expect(read.notices[0]).toMatch(/^Read "/);
    }
  });

  it('never mends the name of a person on the list', () => {
    const read = parseInstruction('exclude Lena Senoir, and more like Omar Cheapr', {
      criteria: { query: 'react developer' },
      today: new Date('2026-12-01T12:00:00Z'),
      resolveSkill: (w) => graph.resolve(w)?.name,
      people: [
        { id: 'p1', name: 'Lena Senoir' },
        { id: 'p2', name: 'Omar Cheapr' },
      ],
    });
    expect(read.patch).toEqual({ exclude_freelancer_ids: ['p1'], more_like: 'p2' });
  });

  it('never reads a real word as another', () => {
    const words =
      'inland urban naive spoke loose prove rally lately plenty mostly loosely firmly hardly ' +
      'barely surely mainly nearly fairly rarely truly likely lovely friendly costly timely ' +
      'cheers hello thanks wonder rather either around later earlier sooner fewer lowest ' +
      'highest greater bigger faster native speaker fluently honestly quicker cheapest ' +
      'seniority hourly weekly monthly yearly starts started reviewed quality freelance ' +
      'remote onsite hybrid contractor morning evening weekend holiday urgent quickly';
    expect(mends(words)).toEqual([]);
  });
});
