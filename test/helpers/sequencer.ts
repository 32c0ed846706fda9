import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The order test files start in, all projects sharing both cores (vitest.config.ts): the e2e
// files that need no demo index first (the Postgres restart test runs 12 s of load by design),
// then the e2e files that copy the demo index, which is written from the PGlite seeded template
// a few seconds after the integration files can start (fixtures.ts): their servers and browser
// wait on one another, and beside the integration files' steady work those waits are filled. Then
// the integration files, and the short unit files last to fill the cores at the end. Within each,
// vitest's own order: longest first when it knows.
export class FixtureOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name === 'e2e') return copiesDemoIndex(spec.moduleId) ? 1 : 0;
      return spec.project.name === 'unit' ? 3 : 2;
    };
    return sorted
      .map((spec, index) => ({ spec, index, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ spec }) => spec);
  }
}

/** Whether the file copies the demo index itself or through the browser tests' stack (stack.ts). */
function copiesDemoIndex(path: string): boolean {
  return /demoDataDirCopy|useWidgetStack/.test(readFileSync(path, 'utf8'));
}
