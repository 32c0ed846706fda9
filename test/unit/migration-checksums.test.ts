import { describe, expect, it } from 'vitest';
import { checksumProblems, migrationFiles } from '../../scripts/migration-checksums.js';
import { migrations } from '../../migrations/index.js';

// A landed migration is never edited: a database migrated before the edit would silently differ
// from one migrated after. How to add one: the comment at the top of scripts/migration-checksums.ts.

describe('migrations', () => {
  it('match the checksums recorded when they landed', () => {
    expect(checksumProblems()).toEqual([]);
  });

  it('are all listed in migrations/index.ts, in file order', () => {
    expect(Object.keys(migrations)).toEqual(migrationFiles().map((f) => f.replace(/\.ts$/, '')));
  });
});
