import { expect, it } from 'vitest';
import type { Criteria } from '../../../../src/core/criteria.js';
import type { InstructionPatch } from '../../../../src/search/understand/instruction/draft.js';
import {
  parseInstruction,
  type ParsedInstruction,
} from '../../../../src/search/understand/instruction/parse-instruction.js';
import { taxonomyGraph } from '../../../helpers/taxonomy-graph.js';

// The rule reader on a "react developer" search, today 2026-12-01, for the family tests.

const graph = taxonomyGraph();
const PEOPLE = [
  { id: 'f1', name: 'Jan Novotný', hourly_rate_usd: 60 },
  { id: 'f2', name: 'Daniel Y.', hourly_rate_usd: 80 },
  { id: 'f3', name: 'Maria Silva', hourly_rate_usd: 45 },
];

export function readWords(say: string, base: Partial<Criteria> = {}): ParsedInstruction {
  return parseInstruction(say, {
    criteria: { query: 'react developer', ...base },
    today: new Date('2026-12-01T12:00:00Z'),
    resolveSkill: (w) => graph.resolve(w)?.name,
    people: PEOPLE,
  });
}

export const patchOf = (say: string, base: Partial<Criteria> = {}): InstructionPatch =>
  readWords(say, base).patch;

export interface Family {
  name: string;
  base: Partial<Criteria>;
  patch: InstructionPatch;
  say: string[];
}

/** One test per sentence of each family: every way of saying it gives the family's patch. */
export function itReadsEachFamily(families: Family[]): void {
  for (const f of families)
    it.each(f.say)(`${f.name}: %s`, (say) => {
      expect(patchOf(say, f.base)).toEqual(f.patch);
    });
}
