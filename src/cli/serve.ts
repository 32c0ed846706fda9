import { localAccount, openApp, seedDemoIfEmpty } from '../app.js';
import type { CommandArgs } from '../cli.js';
import { createHttpApp, listen } from '../transports/http.js';
import { serveStdio } from '../transports/stdio.js';
import { intOption } from './args.js';
import { createProgress } from './progress.js';

export async function serve(args: CommandArgs): Promise<number> {
  const started = performance.now();
  const port = intOption(args, 'port', args.config.port);
  const host = (args.values.host as string | undefined) ?? args.config.host;
  const config = { ...args.config, port, host };
  const app = await openApp(config, args.logger);
  const progress = createProgress('Seeding the demo index', 5000);
  const seeded = await seedDemoIfEmpty(app.ctx, progress.update);
  progress.done(seeded ? `Seeded ${seeded.toLocaleString('en')} demo profiles.` : undefined);
  const account = await localAccount(app.ctx);
  const http = createHttpApp(app.ctx, { authenticate: async () => account });
  const { server, url } = await listen(http, port, host);
  const ms = Math.round(performance.now() - started);
  args.logger.info({ url, ms, database: app.ctx.dbKind }, 'ready');
  console.log(connectHelp(config.publicUrl ?? url, ms));

  await new Promise<void>((resolve) => {
    const stop = () => {
      args.logger.info('shutting down');
      server.close(() => resolve());
      server.closeIdleConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  return 0;
}

export async function stdio(args: CommandArgs): Promise<number> {
  const app = await openApp(args.config, args.logger);
  try {
    await seedDemoIfEmpty(app.ctx);
    await serveStdio(app.ctx, await localAccount(app.ctx));
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
    `  Health:         ${base}/healthz`,
    '',
    'Connect:',
    `  MCP Inspector:  npx @modelcontextprotocol/inspector --transport http --server-url ${mcp}`,
    '  Claude Desktop: add to claude_desktop_config.json',
    `                  { "mcpServers": { "shortlist": { "command": "npx", "args": ["tsx", "${process.cwd()}/src/cli.ts", "stdio"] } } }`,
    '  ChatGPT:        expose this port over HTTPS (PUBLIC_URL, ALLOWED_HOSTS), then add',
    '                  <PUBLIC_URL>/mcp as a connector in Settings → Apps (developer mode).',
  ].join('\n');
}
