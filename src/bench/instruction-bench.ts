import { parseInstruction } from '../search/understand/instruction/parse-instruction.js';
import type { SkillGraph } from '../reference/skill-graph.js';
import { latencyStats, type LatencyStats } from './stats.js';

// Reading a refinement in words is one pass over the words with bounded look-ahead. The worst
// inputs a client (or a fuzzer) can send are 1,000 characters (the field's limit) of one pattern
// repeated. Each is timed at 1,000 characters beside its own first 500 as the baseline: the
// ratio is about 2 for a linear reader and about 4 for a quadratic one.

const CLAUSES =
  'make it cheaper, nobody above $45 an hour, not from India or Pakistan, must speak fluent ' +
  'Spanish, at least 4.8 stars, Vue instead of React, overlap 4 hours with London, start next week; ';

export const HOSTILE_INSTRUCTIONS: Record<string, string> = {
  'everyday clauses': CLAUSES.repeat(6),
  'one long word': 'a'.repeat(1000),
  'money signs': '$1'.repeat(500),
  negations: 'not '.repeat(250),
  'numbers and commas': '1,'.repeat(500),
  'dotted letters': 'u.'.repeat(500),
  'overlap with no place': 'overlap with '.repeat(80),
  'overlap, then one-letter words': 'overlap with ' + 'a '.repeat(600),
};

export interface InstructionBenchRow {
  input: string;
  whole: LatencyStats;
  half: LatencyStats;
}

export function benchInstructions(graph: SkillGraph, rounds: number): InstructionBenchRow[] {
  const ctx = {
    criteria: { query: 'react developer', hourly_rate: { max: 80 } },
    today: new Date(),
    resolveSkill: (w: string) => graph.resolve(w)?.name,
    people: [{ id: 'f1', name: 'Jan Novotný', hourly_rate_usd: 60 }],
  };
  return Object.entries(HOSTILE_INSTRUCTIONS).map(([input, whole]) => {
    const time = (chars: number) =>
      timeRuns(rounds, () => parseInstruction(whole.slice(0, chars), ctx));
    return { input, whole: time(1000), half: time(500) };
  });
}

function timeRuns(rounds: number, run: () => unknown): LatencyStats {
  for (let i = 0; i < 5; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  return latencyStats(samples);
}
