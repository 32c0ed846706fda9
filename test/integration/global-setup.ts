import type { TestProject } from 'vitest/node';
import { projectFixture } from '../helpers/fixtures.js';

// The database templates of this project (test/helpers/templates.ts), built once per run beside
// the other projects' fixtures (test/helpers/fixtures.ts); each test file then clones the one it
// needs.
export default async function setup(project: TestProject) {
  const name =
    project.name === 'integration:server' ? 'integration:server' : 'integration:embedded';
  const { value, remove } = await projectFixture(project, name);
  project.provide('databaseTemplates', value);
  return remove;
}
