import { openApp, type App } from '../app.js';
import type { CommandArgs } from './args.js';
import { ALL_SOURCES, type WordSources } from '../core/search-plan.js';
import { summariseExposure } from '../eval/exposure.js';
import { readQueries, runEval, summarise, type QueryResult } from '../eval/run-eval.js';
import { seedIndex } from '../index/seed-index.js';
import { packagePath } from '../package-root.js';
import { UsageError } from './args.js';
import { reportRefinements } from './eval-refinements.js';
import { createProgress } from './progress.js';
import { printTable } from './table.js';

// `shortlist eval`: the judged queries on the configured index, then on a held-out index seeded
// apart in memory (tune on the first, check on the second), with fair exposure for each.

export const HELD_OUT_SEED = 'shortlist-held-out';

export async function evalCommand(args: CommandArgs): Promise<number> {
  const file =
    (args.values.queries as string | undefined) ?? packagePath('fixtures', 'eval-queries.json');
  if (args.values['refinements-only']) {
    await reportRefinements(args);
    return 0;
  }
  const queries = readQueries(file);
  const sources = parseSources(args.values.sources as string | undefined);
  const app = await openApp(args.config, args.logger);
  let results: QueryResult[];
  try {
    results = await evaluate(app, queries, sources, 'Evaluating');
  } finally {
    await app.close();
  }
  console.log(
    `Ranking quality on ${queries.length} judged queries (${file}); ours vs plain full-text baseline (ts_rank_cd, same filters)\n`,
  );
  report(results, Boolean(args.values.verbose));
  await reportRefinements(args);
  if (args.values['skip-held-out']) return 0;

  const seed = (args.values['held-out-seed'] as string | undefined) ?? HELD_OUT_SEED;
  const heldOut = await openApp(
    { ...args.config, databaseUrl: undefined, dataDir: 'memory://' },
    args.logger,
  );
  try {
    const count = Number(args.values['held-out-count'] ?? 5000);
    const seeding = createProgress(`Seeding held-out index "${seed}"`, count);
    await seedIndex(heldOut.ctx.db, {
      count,
      seed,
      asOf: heldOut.ctx.clock().toISOString().slice(0, 10),
      onProgress: seeding.update,
    });
    seeding.done();
    const held = await evaluate(heldOut, queries, sources, 'Evaluating held-out');
    console.log(
      `\nThe same queries on a held-out index (seed "${seed}", ${count} profiles, in memory)\n`,
    );
    report(held, Boolean(args.values.verbose));
  } finally {
    await heldOut.close();
  }
  return 0;
}

async function evaluate(
  app: App,
  queries: ReturnType<typeof readQueries>,
  sources: WordSources,
  label: string,
) {
  const progress = createProgress(label, queries.length);
  const results = await runEval(app.ctx, queries, progress.update, sources);
  progress.done();
  return results;
}

function report(results: QueryResult[], verbose: boolean): void {
  if (verbose) {
    printTable(
      ['query', 'type', 'NDCG@10', 'base', 'P@5', 'base', 'MRR', 'base'],
      results.map((r) => [
        r.id,
        r.type,
        f(r.ours.ndcg),
        f(r.baseline.ndcg),
        f(r.ours.p5),
        f(r.baseline.p5),
        f(r.ours.mrr),
        f(r.baseline.mrr),
      ]),
    );
    console.log('');
    // Why the weak ones are weak: what the words were read as.
    for (const r of results.filter((x) => x.ours.ndcg < WEAK)) {
      console.log(
        `${r.id} (NDCG ${f(r.ours.ndcg)}): ${r.understood.join('; ') || 'nothing understood'}`,
      );
      if (r.unused.length) console.log(`    words not used: ${r.unused.join(' ')}`);
    }
    console.log('');
  }
  const summary = summarise(results);
  printTable(
    [
      'queries',
      'n',
      'NDCG@10',
      'baseline',
      'P@5',
      'baseline',
      'MRR',
      'baseline',
      'violations',
      'baseline',
    ],
    summary.map((s) => [
      s.type,
      String(s.n),
      f(s.ours.ndcg),
      f(s.baseline.ndcg),
      f(s.ours.p5),
      f(s.baseline.p5),
      f(s.ours.mrr),
      f(s.baseline.mrr),
      String(s.ours.violations),
      String(s.baseline.violations),
    ]),
  );
  const overall = summary.find((s) => s.type === 'overall')!;
  const gap =
    (overall.ours.ndcg - overall.baseline.ndcg) / Math.max(1e-9, 1 - overall.baseline.ndcg);
  console.log(`\nGap to a perfect ranking closed: (ours − baseline) / (1 − baseline) = ${f(gap)}`);
  const empty = results.filter((r) => r.emptyWithRelevant).map((r) => r.id);
  console.log(
    `Empty answers while a candidate graded 2+ passes the filters: ${empty.length}${empty.length ? ` (${empty.join(', ')})` : ''}`,
  );
  const exposure = summariseExposure(results.map((r) => r.exposure));
  console.log('\nFair exposure: share of first-page slots beside share among candidates graded 2+');
  printTable(
    ['group', 'first-page slots', 'relevant candidates'],
    [
      ['rising talent', pct(exposure.rising.slots), pct(exposure.rising.relevant)],
      ['members under a year', pct(exposure.newMembers.slots), pct(exposure.newMembers.relevant)],
    ],
  );
}

function parseSources(value: string | undefined): WordSources {
  if (!value || value === 'all') return ALL_SOURCES;
  const names = value.split(',').map((s) => s.trim());
  const known = Object.keys(ALL_SOURCES);
  const bad = names.filter((n) => !known.includes(n) && n !== 'none');
  if (bad.length)
    throw new UsageError(
      `--sources takes ${known.join(', ')}, all or none (got "${bad.join(', ')}")`,
    );
  return {
    vocabulary: names.includes('vocabulary'),
    learned: names.includes('learned'),
    fulltext: names.includes('fulltext'),
  };
}

const f = (x: number) => x.toFixed(3);
/** --verbose explains the queries below this NDCG@10. */
const WEAK = 0.5;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
