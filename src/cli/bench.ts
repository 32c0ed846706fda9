import { localAccount, openApp, seedDemoIfEmpty } from '../app.js';
import { benchImport } from '../bench/import-bench.js';
import { benchSearch } from '../bench/search-bench.js';
import { ms } from '../bench/stats.js';
import type { CommandArgs } from './args.js';
import { countProfiles } from '../index/seed-index.js';
import { intOption, UsageError } from './args.js';
import { createProgress } from './progress.js';
import { printTable } from './table.js';
import { formatPhases } from './data.js';

// `shortlist bench`: latency of the search path on the configured database and import speed,
// each printed beside a plain baseline measured in the same run (ratios travel; times do not).

const SUITES = ['search', 'import', 'http', 'startup', 'instruction'] as const;

export async function bench(args: CommandArgs): Promise<number> {
  const suites = String(args.values.suite ?? 'search,import').split(',');
  const unknown = suites.filter((s) => !(SUITES as readonly string[]).includes(s));
  if (unknown.length)
    throw new UsageError(`--suite takes ${SUITES.join(', ')} (got "${unknown.join(', ')}")`);
  const rounds = intOption(args, 'rounds', 3, 1);
  // --database-url points the bench at a database other than DATABASE_URL (a 1M index, say).
  const url = args.values['database-url'];
  const config = typeof url === 'string' ? { ...args.config, databaseUrl: url } : args.config;
  if (suites.includes('startup'))
    await (await import('../bench/startup-bench.js')).printStartupBench(config);

  const app = await openApp(config, args.logger);
  try {
    await seedDemoIfEmpty(app.ctx);
    const profiles = await countProfiles(app.ctx.db);
    const where = `${app.ctx.dbKind} database, ${profiles.toLocaleString('en')} profiles`;
    if (suites.includes('search')) {
      const account = await localAccount(app.ctx);
      // The baseline ranks every match: seconds a query at a million profiles, so a large index
      // can time it on fewer rounds (--baseline-rounds 1) or none (0).
      const baselineRounds = Math.min(rounds, intOption(args, 'baseline-rounds', rounds, 0));
      const progress = createProgress('Searching', rounds * 50);
      const r = await benchSearch(app.ctx, account, rounds, progress.update, baselineRounds);
      progress.done();
      console.log(
        `\nSearch latency, server side, one client (${where}; 50 queries × ${rounds} rounds` +
          `${baselineRounds < rounds ? `, baseline × ${baselineRounds}` : ''}), ms\n`,
      );
      printTable(
        ['path', 'p50', 'p95', 'p99', 'mean'],
        [
          [
            'search_freelancers',
            ms(r.search.p50),
            ms(r.search.p95),
            ms(r.search.p99),
            ms(r.search.mean),
          ],
          [
            'refine_search',
            ms(r.refine.p50),
            ms(r.refine.p95),
            ms(r.refine.p99),
            ms(r.refine.mean),
          ],
          ...(r.baseline.n
            ? [
                [
                  'baseline: rank all full-text matches',
                  ms(r.baseline.p50),
                  ms(r.baseline.p95),
                  ms(r.baseline.p99),
                  ms(r.baseline.mean),
                ],
              ]
            : []),
        ],
      );
    }
    if (suites.includes('instruction')) {
      const { benchInstructions } = await import('../bench/instruction-bench.js');
      const runs = rounds * 100;
      const rows = benchInstructions(await app.ctx.skillGraph(), runs);
      console.log(`\nReading a refinement in words, hostile input, ${runs} runs each, µs\n`);
      const us = (x: number) => Math.round(x * 1000).toLocaleString('en');
      printTable(
        ['input', '1,000 chars p50', 'p99', 'baseline: first 500 chars p50', 'ratio'],
        rows.map((r) => [
          r.input,
          us(r.whole.p50),
          us(r.whole.p99),
          us(r.half.p50),
          (r.whole.p50 / Math.max(r.half.p50, 1e-6)).toFixed(1),
        ]),
      );
    }
    if (suites.includes('http')) {
      const { benchHttp, printHttpBench } = await import('../bench/http-bench.js');
      printHttpBench(
        await benchHttp(app.ctx, await localAccount(app.ctx), {
          connections: intOption(args, 'connections', 32, 1),
          workers: args.values.workers === undefined ? undefined : intOption(args, 'workers', 1, 1),
        }),
        where,
      );
    }
  } finally {
    await app.close();
  }
  if (suites.includes('import')) {
    const count = intOption(args, 'import-count', config.databaseUrl ? 20_000 : 2_000, 100);
    const progress = createProgress('Importing', count);
    const r = await benchImport(config, args.logger, count, progress.update);
    progress.done();
    console.log(
      `\nImport into a fresh ${r.kind} database (${count.toLocaleString('en')} generated profiles, JSONL), profiles/s\n`,
    );
    printTable(
      ['path', 'profiles', 'seconds', 'profiles/s', 'Node CPU ms/profile'],
      r.rows.map((x) => [
        x.path,
        x.profiles.toLocaleString('en'),
        x.seconds.toFixed(2),
        Math.round(x.profiles / x.seconds).toLocaleString('en'),
        x.cpuMs.toFixed(3),
      ]),
    );
    for (const x of r.rows) if (x.phases) console.log(`${x.path}: ${formatPhases(x.phases)}`);
  }
  return 0;
}
