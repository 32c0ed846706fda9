import { openApp } from '../app.js';
import type { CommandArgs } from './args.js';
import { embedProfiles } from '../search/retrieve/embeddings.js';
import { UsageError } from './args.js';
import { createProgress } from './progress.js';

export async function embed(args: CommandArgs): Promise<number> {
  const app = await openApp(args.config, args.logger);
  try {
    const embedder = app.ctx.embedder;
    if (!embedder)
      throw new UsageError(
        'embeddings are off: set OPENAI_API_KEY (and EMBEDDINGS=auto or openai)',
      );
    const progress = createProgress('Embedding profiles', undefined);
    const started = performance.now();
    const n = await embedProfiles(app.ctx.db, embedder, progress.update);
    progress.done();
    console.log(
      `Embedded ${n.toLocaleString('en')} profiles with ${embedder.model} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await app.close();
  }
}
