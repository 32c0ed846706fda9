import type { TestProject } from 'vitest/node';
import { projectFixture } from '../helpers/fixtures.js';

// Once for the whole e2e run, beside the other projects' fixtures (test/helpers/fixtures.ts):
// the demo index (the PGlite seeded template as a data directory; the tests copy it), the widget
// built exactly as `npm run build` does, and the CLI compiled to JavaScript for the processes the
// tests start.
export default async function setup(project: TestProject) {
  const { value, remove } = await projectFixture(project, 'e2e');
  project.provide('demoDataDir', value.dataDir);
  project.provide('demoCopiesDir', value.copiesDir);
  project.provide('shortlistCli', value.cli);
  return remove;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoDataDir: string;
    demoCopiesDir: string;
    shortlistCli: string;
  }
}
