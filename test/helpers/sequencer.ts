import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The order test files start in, all projects sharing both cores (vitest.config.ts). The database
// templates and the demo index build beside the first files (fixtures.ts), and a file that needs
// one waits for it, so the files that need none come first: the e2e files without the demo index
// (the Postgres restart test runs 12 s of load by design), then the unit files, then the
// integration files that copy the blank or migrated template (built within seconds). Then the
// e2e files that copy the demo index (written from the seeded template, the last one built):
// their servers and browser wait on one another, and the integration files beside them fill those
// waits. The integration files on the seeded template last. Within each, vitest's own order:
// longest first when it knows.
export class FixtureOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      if (spec.project.name === 'unit') return 1;
      const text = readFileSync(spec.moduleId, 'utf8');
      if (spec.project.name === 'e2e') return /demoDataDirCopy|useWidgetStack/.test(text) ? 3 : 0;
      return SEEDED.test(text) ? 4 : 2;
    };
    return sorted
      .map((spec, index) => ({ spec, index, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map(({ spec }) => spec);
  }
}

/** What an integration file that opens the seeded template calls (test/helpers/seeded.ts, and the
 * HTTP harness's server on the shared index). */
const SEEDED =
  /useSeeded|openSeeded|openSharedSeeded|sharedSeeded|startSharedServer|template: 'seeded'/;
