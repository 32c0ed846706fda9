import { openApp } from '../app.js';
import type { CommandArgs } from '../cli.js';
import { readQueries, runEval, summarise } from '../eval/run-eval.js';
import { packagePath } from '../package-root.js';
import { createProgress } from './progress.js';
import { printTable } from './table.js';

export async function evalCommand(args: CommandArgs): Promise<number> {
  const file =
    (args.values.queries as string | undefined) ?? packagePath('fixtures', 'eval-queries.json');
  const queries = readQueries(file);
  const app = await openApp(args.config, args.logger);
  try {
    const progress = createProgress('Evaluating', queries.length);
    const results = await runEval(app.ctx, queries, progress.update);
    progress.done();
    if (args.values.verbose) {
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
    }
    const summary = summarise(results);
    console.log(
      `Ranking quality on ${queries.length} judged queries (${file}); ours vs plain full-text baseline (ts_rank_cd, same filters)\n`,
    );
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
    console.log(
      `\nGap to a perfect ranking closed: (ours − baseline) / (1 − baseline) = ${f(gap)}`,
    );
    return 0;
  } finally {
    await app.close();
  }
}

const f = (x: number) => x.toFixed(3);
