import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Landed migrations are frozen: migrations/checksums.json holds the SHA-256 of each one, and a
// unit test (test/unit/migration-checksums.test.ts, so CI) fails when a listed file changes or a
// migration file has no entry. To add a migration: write migrations/<date>-<n>-<name>.ts, list it
// in migrations/index.ts, then run `npx tsx scripts/migration-checksums.ts --add`, which appends
// the new file's checksum and never rewrites an existing one. To change the schema, add a migration.

const DIR = new URL('../migrations/', import.meta.url);
const LIST = new URL('checksums.json', DIR);
const HOW =
  'SHA-256 of each landed migration; never edit a listed one. New migration: add the file, list it ' +
  'in migrations/index.ts, run `npx tsx scripts/migration-checksums.ts --add`.';

export function migrationFiles(): string[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-.+\.ts$/.test(f))
    .sort();
}

export function checksumOf(file: string): string {
  // Line endings normalised, so a checkout on Windows does not count as an edit.
  const text = readFileSync(new URL(file, DIR), 'utf8').replace(/\r\n/g, '\n');
  return createHash('sha256').update(text).digest('hex');
}

export function recordedChecksums(): Record<string, string> {
  const { checksums } = JSON.parse(readFileSync(LIST, 'utf8')) as {
    checksums: Record<string, string>;
  };
  return checksums;
}

/** What is wrong, one line each: edited, missing from the list, or listed but gone. */
export function checksumProblems(): string[] {
  const recorded = recordedChecksums();
  const files = migrationFiles();
  const problems: string[] = [];
  for (const file of files) {
    if (!(file in recorded)) {
      problems.push(`${file} has no checksum: run npx tsx scripts/migration-checksums.ts --add`);
    } else if (recorded[file] !== checksumOf(file)) {
      problems.push(
        `${file} changed after it landed: revert it and put the change in a new migration`,
      );
    }
  }
  for (const file of Object.keys(recorded)) {
    if (!files.includes(file)) problems.push(`${file} was landed and is gone: restore it`);
  }
  return problems;
}

function add(): void {
  const recorded = recordedChecksums();
  const added = migrationFiles().filter((f) => !(f in recorded));
  for (const file of added) recorded[file] = checksumOf(file);
  writeFileSync(LIST, `${JSON.stringify({ how: HOW, checksums: recorded }, null, 2)}\n`);
  process.stdout.write(
    added.length ? `Added ${added.join(', ')}\n` : 'Every migration is listed.\n',
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--add')) add();
  const problems = checksumProblems();
  for (const p of problems) console.error(p);
  process.exitCode = problems.length ? 1 : 0;
}
