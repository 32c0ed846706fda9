#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig, ConfigError, type Config } from './config.js';
import { createLogger } from './logger.js';
import type { CommandArgs } from './cli/args.js';

// Parses the command and hands over to src/cli/<command>.ts. Modules load lazily, so `stdio`
// never pays for the HTTP stack and a typo answers at once.

type Handler = (args: CommandArgs) => Promise<number | void>;

const COMMANDS: Record<
  string,
  {
    usage: string;
    options?: Record<string, { type: 'string' | 'boolean' }>;
    load: () => Promise<Handler>;
  }
> = {
  serve: {
    usage:
      'serve [--port 8787] [--host 127.0.0.1] [--workers N]   HTTP server on /mcp (seeds an empty embedded index)',
    options: { port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' } },
    load: async () => (await import('./cli/serve.js')).serve,
  },
  stdio: {
    usage: 'stdio                                     the MCP server over stdio',
    load: async () => (await import('./cli/serve.js')).stdio,
  },
  migrate: {
    usage: 'migrate [--down]                          run pending migrations (or undo the last)',
    options: { down: { type: 'boolean' } },
    load: async () => (await import('./cli/data.js')).migrate,
  },
  seed: {
    usage:
      'seed [--count 5000] [--seed S] [--out F]  generate synthetic profiles and load them (or write JSONL)',
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      out: { type: 'string' },
    },
    load: async () => (await import('./cli/data.js')).seed,
  },
  train: {
    usage:
      'train                                     fit the success and need→skill models; print held-out metrics',
    load: async () => (await import('./cli/train.js')).train,
  },
  eval: {
    usage:
      'eval [--queries FILE] [--verbose] [--sources vocabulary,learned,fulltext] [--skip-held-out] [--refinements-only]\n' +
      '                                          ranking quality vs a full-text baseline, on the index and a held-out seed',
    options: {
      queries: { type: 'string' },
      verbose: { type: 'boolean' },
      sources: { type: 'string' },
      'skip-held-out': { type: 'boolean' },
      'refinements-only': { type: 'boolean' },
      'held-out-seed': { type: 'string' },
      'held-out-count': { type: 'string' },
    },
    load: async () => (await import('./cli/eval.js')).evalCommand,
  },
  embed: {
    usage:
      'embed                                     embed changed profiles (needs OPENAI_API_KEY)',
    load: async () => (await import('./cli/embed.js')).embed,
  },
  bench: {
    usage:
      'bench [--suite search,import,http,startup] [--rounds 3] [--baseline-rounds N] [--database-url URL] [--workers N]   latency and throughput tables',
    options: {
      suite: { type: 'string' },
      rounds: { type: 'string' },
      'baseline-rounds': { type: 'string' },
      'import-count': { type: 'string' },
      connections: { type: 'string' },
      'database-url': { type: 'string' },
      workers: { type: 'string' },
    },
    load: async () => (await import('./cli/bench.js')).bench,
  },
  schemas: {
    usage:
      'schemas [--check]                         write (or check) schemas/*.json from the code',
    options: { check: { type: 'boolean' } },
    load: async () => (await import('./cli/schemas.js')).schemas,
  },
  import: {
    usage:
      'import FILE.jsonl [--workers N] [--writers N]   load profiles (upsert by external_id; on a server, N parser threads and N connections)',
    options: { workers: { type: 'string' }, writers: { type: 'string' } },
    load: async () => (await import('./cli/data.js')).importCommand,
  },
  keys: {
    usage: 'keys create --plan pro [--name N] | list | revoke ID   API keys (AUTH_MODE=apikey)',
    options: { plan: { type: 'string' }, name: { type: 'string' }, account: { type: 'string' } },
    load: async () => (await import('./cli/keys.js')).keys,
  },
  purge: {
    usage: 'purge                                     delete sessions and handoffs past retention',
    load: async () => (await import('./cli/purge.js')).purge,
  },
};

function usage(): string {
  return [
    'Usage: shortlist <command>',
    '',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`shortlist: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: command.options ?? {},
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    console.error(
      `shortlist ${name}: ${(err as Error).message}\nUsage: shortlist ${command.usage}`,
    );
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`shortlist: ${err.message}`);
      return 2;
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel, logQueries: config.logQueries });
  const handler = await command.load();
  try {
    return (
      (await handler({ config, logger, values: parsed.values, positionals: parsed.positionals })) ??
      0
    );
  } catch (err) {
    if (err instanceof Error && (err.name === 'ShortlistError' || err.name === 'UsageError')) {
      console.error(`shortlist ${name}: ${err.message}`);
      return 2;
    }
    logger.fatal({ err }, `${name} failed`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined && code !== 0) process.exitCode = code;
  },
  (err) => {
    console.error(err);
    process.exitCode = 1;
  },
);
