import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { FixtureOrderSequencer } from './test/helpers/sequencer.js';

// Projects: `unit` (no database), and `integration` once per database: embedded PGlite always,
// the Postgres server too when TEST_DATABASE_URL names one (CI starts one). `e2e` runs whole
// processes and the browser.
const servers = process.env.TEST_DATABASE_URL ? ['server'] : [];

export default defineConfig({
  test: {
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
          env: { TEST_DATABASE: database },
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
