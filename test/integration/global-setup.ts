import type { TestProject } from 'vitest/node';
import {
  buildEmbeddedTemplates,
  buildServerTemplates,
  type BuiltTemplates,
} from '../helpers/templates.js';

// Builds the database templates once per run and project (test/helpers/templates.ts); each test
// file then clones the one it needs. Vitest runs the projects' set-ups one after another, so the
// first integration project to set up starts both builds: PGlite's runs in this process, the
// server's mostly in Postgres, and side by side they take the time of the longer one.

// On globalThis: each project may load its own copy of this module, in the same process.
const shared = globalThis as { shortlistTemplateBuilds?: Map<string, Promise<BuiltTemplates>> };
const builds = (shared.shortlistTemplateBuilds ??= new Map());

function build(database: string): Promise<BuiltTemplates> {
  let built = builds.get(database);
  if (!built) {
    const admin = process.env.TEST_DATABASE_URL;
    if (database === 'server' && !admin)
      throw new Error('integration:server needs TEST_DATABASE_URL');
    built = database === 'server' ? buildServerTemplates(admin!) : buildEmbeddedTemplates();
    // Awaited by its own project's set-up; a failure must not go unhandled before then.
    built.catch(() => {});
    builds.set(database, built);
  }
  return built;
}

export default async function setup(project: TestProject) {
  const database = project.name.slice('integration:'.length);
  for (const other of project.vitest.projects) {
    if (other.name.startsWith('integration:')) build(other.name.slice('integration:'.length));
  }
  const built = await build(database);
  project.provide('databaseTemplates', built.templates);
  return async () => {
    builds.delete(database);
    await built.remove();
  };
}
