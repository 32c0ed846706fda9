import { localAccount, openApp, seedDemoIfEmpty } from '../app.js';
import type { CommandArgs } from './args.js';
import { mountHandoffRoutes } from '../handoff/routes.js';
import { createMetrics } from '../http/metrics.js';
import { closeGracefully } from '../http/shutdown.js';
import { packagePath, runsCompiled } from '../package-root.js';
import { toolCallHooks } from '../quota/hooks.js';
import { createHttpApp, listen } from '../transports/http.js';
import { serveStdio } from '../transports/stdio.js';
import cluster from 'node:cluster';
import { intOption, UsageError } from './args.js';
import { isFirstServerProcess, runPrimary } from './cluster.js';
import { createProgress } from './progress.js';

export async function serve(args: CommandArgs): Promise<number> {
  const workers = intOption(args, 'workers', 1, 1);
  if (workers > 1 && cluster.isPrimary) {
    if (!args.config.databaseUrl) {
      throw new UsageError(
        '--workers needs DATABASE_URL: the embedded database belongs to one process',
      );
    }
    // Migrate once here, so the copies do not race to.
    const app = await openApp(args.config, args.logger, { waitForDatabase: true });
    await app.close();
    return runPrimary(workers, args.logger);
  }
  const started = performance.now();
  const port = intOption(args, 'port', args.config.port);
  const host = (args.values.host as string | undefined) ?? args.config.host;
  const config = { ...args.config, port, host };
  const app = await openApp(config, args.logger, { waitForDatabase: true });
  const progress = createProgress('Seeding the demo index', 5000);
  const seeded = await seedDemoIfEmpty(app.ctx, progress.update);
  progress.done(seeded ? `Seeded ${seeded.toLocaleString('en')} demo profiles.` : undefined);
  const http = createHttpApp(app.ctx, {
    metrics: createMetrics({ processMetrics: true }),
    routes: (routes) => mountHandoffRoutes(routes, app.ctx),
  });
  const { server, url } = await listen(http, port, host);
  // With --port 0 the real port is known only now; handoff links are built from it.
  config.port = Number(new URL(url).port);
  const ms = Math.round(performance.now() - started);
  args.logger.info({ url, ms, database: app.ctx.dbKind }, 'ready');
  if (isFirstServerProcess()) console.log(connectHelp(config.publicUrl ?? url, ms));

  // SIGTERM/SIGINT: stop accepting, finish the calls in flight, then close the database.
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  args.logger.info({ signal }, 'shutting down: draining requests in flight');
  await closeGracefully(server, http);
  await app.close();
  args.logger.info('stopped');
  // A cluster copy stays alive while its channel to the primary is open.
  if (cluster.isWorker) cluster.worker?.disconnect();
  return 0;
}

export async function stdio(args: CommandArgs): Promise<number> {
  const app = await openApp(args.config, args.logger);
  try {
    await seedDemoIfEmpty(app.ctx);
    const account = await localAccount(app.ctx);
    await serveStdio(app.ctx, account, toolCallHooks(app.ctx, account));
    return 0;
  } finally {
    await app.close();
  }
}

function connectHelp(base: string, ms: number): string {
  const mcp = `${base}/mcp`;
  return [
    `Shortlist is ready in ${ms} ms.`,
    '',
    `  MCP endpoint:   ${mcp}`,
    `  Health:         ${base}/healthz (ready: ${base}/readyz)`,
    '',
    'Connect:',
    `  MCP Inspector:  npx @modelcontextprotocol/inspector@0.15.0, then Streamable HTTP, ${mcp}`,
    '  Claude Desktop: add to claude_desktop_config.json',
    `                  ${claudeDesktopConfig()}`,
    '  ChatGPT:        expose this port over HTTPS (PUBLIC_URL, ALLOWED_HOSTS), then add',
    '                  <PUBLIC_URL>/mcp as a connector in Settings → Apps (developer mode).',
  ].join('\n');
}

/** The same server over stdio: the compiled CLI under plain node, or tsx from a checkout. */
function claudeDesktopConfig(): string {
  const [command, args] = runsCompiled()
    ? ['node', [packagePath('dist', 'src', 'cli.js'), 'stdio']]
    : ['npx', ['tsx', packagePath('src', 'cli.ts'), 'stdio']];
  return JSON.stringify({ mcpServers: { shortlist: { command, args } } });
}
