import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Account, AppContext } from '../context.js';
import { createServer } from '../server.js';
import { refuseNonObjectArguments } from './argument-guard.js';
import type { RegisterHooks } from '../tools/tool.js';

export async function serveStdio(
  ctx: AppContext,
  account: Account,
  hooks?: RegisterHooks,
): Promise<void> {
  const server = createServer({ ctx, account, hooks });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
  await server.connect(transport);
  refuseNonObjectArguments(transport);
  ctx.logger.info('stdio server ready');
  await closed;
}
