import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The order test files start in, all projects sharing both cores (vitest.config.ts): the e2e
// files that need no demo index first (the Postgres restart test runs 20 s of load by design),
// then the integration files, then the e2e files that copy the demo index, which is written from
// the PGlite seeded template once that is ready (fixtures.ts), and the short unit files last to
// fill the cores at the end. Within each, vitest's own order: longest first when it knows.
export class FixtureOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name === 'e2e') return copiesDemoIndex(spec.moduleId) ? 2 : 0;
      return spec.project.name === 'unit' ? 3 : 1;
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
