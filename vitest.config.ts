import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { FixtureOrderSequencer } from './test/helpers/sequencer.js';

// Projects: `unit` (no database), and `integration` once per database: embedded PGlite always,
// the Postgres server too when TEST_DATABASE_URL names one (CI starts one). `e2e` runs whole
// processes and the browser.
const servers = process.env.TEST_DATABASE_URL ? ['server'] : [];

// Integration files that run on PGlite only. Each tests HTTP, auth, handoff pages or tool input
// and reaches the database only through queries other server files already run: the account and
// API-key lookups (http/rate-limit, quota/tool-calls, retention/purge, auth/oauth), search and its
// sessions (search/**, tools/fuzz), handoff records and their opens (handoff/links). Every file
// whose own SQL could answer differently on the server stays on both: search, import and COPY,
// seeding and training, migrations, session settings, retention, quota, the rate-limit store,
// account sign-up (auth/oauth), profiles, the replica; the e2e restart test runs on the server.
const embeddedOnly = [
  'auth/anonymous-hook', // the anonymous account and the sign-in message
  'auth/apikey', // key parsing and revocation: the lookups run on the server in quota and retention
  'auth/isolation', // account scoping of searches: the same session queries as search/**
  'handoff/demo-access', // demo page access rules
  'handoff/marketplaces', // link building per marketplace, no SQL of its own
  'handoff/message-page', // the demo message page
  'handoff/tokens', // token signing and expiry, in code
  'http/log-redaction', // log lines
  'http/logs', // log lines
  'http/metrics', // Prometheus counters, in memory
  'http/origins', // the Origin check
  'http/refine-in-words', // ten refinements over HTTP: search/refine-words runs their SQL on both
  'http/request-id', // request ids (skipped on the server already)
  'http/transport', // Streamable HTTP sessions
  'tools/validation', // input schemas, refused before any query
  'widget/resource', // the widget resource and its card data
].map((file) => `test/integration/${file}.test.ts`);

export default defineConfig({
  test: {
    // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache), keyed by
    // their content: CI's second run (Node 22) and the unit run on Node 24 reuse the first's.
    experimental: { fsModuleCache: true },
    // One test file per core. Vitest's default leaves a core to itself (one worker on a 2-core
    // machine), while integration files spend much of their time waiting on a database.
    maxWorkers: availableParallelism(),
    sequence: { sequencer: FixtureOrderSequencer },
    projects: [
      // Unit tests that generate thousands of seeded profiles take seconds on a busy machine;
      // vitest's 5 s default made them fail by the clock, not by their assertions.
      // Unit and integration files share their worker's modules (isolate: false): importing
      // src/, the SDK and PGlite afresh for each file was a fifth of the run. No test mocks a
      // module or stubs a global, each file that changes its database opens its own (the files
      // that only search share their worker's seeded index: test/helpers/seeded.ts), and the
      // module-level caches hold only reference data; a worker never runs another project's files.
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
          isolate: false,
        },
      },
      ...['embedded', ...servers].map((database) => ({
        test: {
          name: `integration:${database}`,
          include: ['test/integration/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...(database === 'server' ? embeddedOnly : [])],
          env: { TEST_DATABASE: database },
          // PGlite's WebAssembly runs as V8's baseline code, without compiling its hot functions
          // again, optimised, in the background: a test file's queries are too few to repay that.
          // The embedded project, alternated: 57.0 / 55.1 s of CPU -> 50.8 / 47.7 s, and sooner.
          execArgv: ['--liftoff-only'],
          isolate: false,
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      })),
      // e2e files run beside the others: each starts its own processes on free ports and copies
      // the demo data directory, and run one after another at the end (fileParallelism: false
      // puts them in a group of their own) they were a long tail that kept one core idle.
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
