import type { TestProject } from 'vitest/node';
import { buildEmbeddedTemplates, buildServerTemplates } from '../helpers/templates.js';

// Builds the database templates once per run and project (test/helpers/templates.ts); each test
// file then clones the one it needs.
export default async function setup(project: TestProject) {
  const server = project.name === 'integration:server';
  const admin = process.env.TEST_DATABASE_URL;
  if (server && !admin) throw new Error('integration:server needs TEST_DATABASE_URL');
  const built = server ? await buildServerTemplates(admin!) : await buildEmbeddedTemplates();
  project.provide('databaseTemplates', built.templates);
  return built.remove;
}
