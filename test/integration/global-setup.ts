import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { projectFixture, runFixture } from '../helpers/fixtures.js';
import { dropDatabasesNamed } from '../helpers/templates.js';

// The database templates of this project (test/helpers/templates.ts), built once per run beside
// the other projects' fixtures and the first test files (test/helpers/fixtures.ts); each test file
// then waits for the one it needs and clones it. The seeded index that read-only files share (test/helpers/seeded.ts) is a database of the
// run's own on the server, dropped here at the end.
export default async function setup(project: TestProject) {
  const server = project.name === 'integration:server';
  const { value, remove } = await projectFixture(
    project,
    server ? 'integration:server' : 'integration:embedded',
  );
  project.provide('databaseTemplates', value);
  // A server file that compares with PGlite (index/bulk-import) opens the embedded templates too,
  // when the run has them, instead of booting and migrating a PGlite of its own.
  const embedded = server ? runFixture('integration:embedded') : undefined;
  if (embedded) project.provide('embeddedTemplates', await embedded);
  const shared = `shortlist_shared_${randomBytes(4).toString('hex')}`;
  project.provide('sharedDatabasePrefix', shared);
  return async () => {
    const admin = process.env.TEST_DATABASE_URL;
    if (server && admin) await dropDatabasesNamed(admin, shared);
    await remove();
  };
}
