import { openApp } from '../app.js';
import type { CommandArgs } from './args.js';
import { formatTrainingReport } from '../prediction/report.js';
import { trainSuccessModel } from '../prediction/train.js';
import { formatNeedModelReport, trainNeedModel } from '../search/understand/train-need-model.js';

/**
 * `shortlist train`: fit the success model on the index's contracts and the need→skill model on
 * its job and portfolio texts, and store both with their held-out metrics.
 */
export async function train(args: CommandArgs): Promise<number> {
  const app = await openApp(args.config, args.logger);
  try {
    const started = performance.now();
    const result = await trainSuccessModel(app.ctx.db, { now: app.ctx.clock() });
    if (!result.stored) {
      console.error(
        `shortlist train: nothing trained: ${result.reason}. Load profiles first (shortlist seed).`,
      );
      return 1;
    }
    console.log(formatTrainingReport(result.report));
    const needModel = await trainNeedModel(app.ctx.db, { now: app.ctx.clock() });
    if (needModel) console.log(`\n${formatNeedModelReport(needModel)}`);
    console.log(
      `\nStored with its metrics in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
