import { localAccount, openApp } from '../app.js';
import type { CommandArgs } from './args.js';
import { readRefinements, runRefinements, type RefinementResult } from '../eval/refinements.js';
import { packagePath } from '../package-root.js';
import { createProgress } from './progress.js';
import { printTable } from './table.js';

// The refinement rows of `shortlist eval`: refinements sent as words only, each from a fresh
// search on the configured index (the demo seed). The sets: the one the reader was tuned on, fresh
// ones written before a round of changes to the reader (their failures name the grammar families to
// fix), and ones whose items are never shown one by one, only counted (one held back from the start,
// one written after the fixes, one written blind), so that what was fixed for a family can be seen
// to carry over to sentences nobody looked at.

const SETS = [
  { name: 'tuned', file: 'eval-refinements.json', showItems: true, families: false },
  {
    name: 'fresh, never tuned',
    file: 'eval-refinements-fresh.json',
    showItems: true,
    families: true,
  },
  { name: 'held back', file: 'eval-refinements-held.json', showItems: false, families: true },
  {
    name: 'second fresh',
    file: 'eval-refinements-fresh2.json',
    showItems: false,
    families: true,
  },
  // Written before a round of reader changes; its failures name the families to fix.
  { name: 'third fresh', file: 'eval-refinements-fresh3.json', showItems: true, families: true },
  // Written by someone who read neither the reader nor any other set; counted only, never shown.
  { name: 'blind', file: 'eval-refinements-blind.json', showItems: false, families: true },
  // Written before the next round, weighted to the families the blind set showed weak.
  { name: 'fourth fresh', file: 'eval-refinements-fresh4.json', showItems: true, families: true },
  // Held back from the fourth fresh set when it was written: counted only, never shown.
  {
    name: 'second held back',
    file: 'eval-refinements-held2.json',
    showItems: false,
    families: true,
  },
  // Written from the taxonomy, the regions and DESIGN.md alone, by someone who read no reader code
  // and no other set; counted only, never shown.
  { name: 'blind 2', file: 'eval-refinements-blind2.json', showItems: false, families: true },
  // The third blind set, written the same way before the next round of reader changes.
  { name: 'blind 3', file: 'eval-refinements-blind3.json', showItems: false, families: true },
  { name: 'blind 4', file: 'eval-refinements-blind4.json', showItems: false, families: true },
  // Written before the next round, weighted to the families the blind 2 set showed weak.
  { name: 'fifth fresh', file: 'eval-refinements-fresh5.json', showItems: true, families: true },
  // Held back from the fifth fresh set when it was written: counted only, never shown.
  {
    name: 'third held back',
    file: 'eval-refinements-held3.json',
    showItems: false,
    families: true,
  },
  // Written before the next round, weighted to the families blind 2 and blind 3 showed weak.
  { name: 'sixth fresh', file: 'eval-refinements-fresh6.json', showItems: true, families: true },
  // Held back from the sixth fresh set when it was written: counted only, never shown.
  {
    name: 'fourth held back',
    file: 'eval-refinements-held4.json',
    showItems: false,
    families: true,
  },
];

export async function reportRefinements(args: CommandArgs): Promise<void> {
  const app = await openApp(args.config, args.logger);
  const rows: string[][] = [];
  const details: string[] = [];
  try {
    const account = await localAccount(app.ctx);
    for (const set of SETS) {
      const cases = readRefinements(packagePath('fixtures', set.file));
      const progress = createProgress(`Refining in words (${set.name})`, cases.length);
      const results = await runRefinements(app.ctx, account, cases, progress.update);
      progress.done();
      rows.push(rowOf(set.name, results));
      details.push(
        `${set.name} (${set.file})${set.families ? `, by family: ${byFamily(results)}` : ''}`,
      );
      if (set.showItems || args.values.verbose)
        for (const r of results.filter((x) => !x.applied))
          details.push(`  not applied: ${r.id}: ${r.problem?.slice(0, 110)}`);
    }
  } finally {
    await app.close();
  }
  console.log('\nRefinements sent as words only\n');
  printTable(['refinements', 'n', 'applied correctly', 'violations', 'empty lists'], rows);
  console.log(details.join('\n'));
}

function rowOf(name: string, results: RefinementResult[]): string[] {
  const applied = results.filter((r) => r.applied).length;
  const violations = results.reduce((s, r) => s + r.violations, 0);
  const empty = results.filter((r) => r.applied && !r.refused && r.candidates === 0).length;
  return [
    name,
    String(results.length),
    `${((applied / results.length) * 100).toFixed(1)}%`,
    String(violations),
    String(empty),
  ];
}

/** A case's family is its id up to the first dash: "neg-us-dotted" is a negation. */
function byFamily(results: RefinementResult[]): string {
  const families = new Map<string, { n: number; applied: number }>();
  for (const r of results) {
    const family = r.id.split('-')[0];
    const f = families.get(family) ?? { n: 0, applied: 0 };
    f.n++;
    if (r.applied) f.applied++;
    families.set(family, f);
  }
  return [...families].map(([name, f]) => `${name} ${f.applied}/${f.n}`).join(', ');
}
