import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Landed migrations are frozen: the SHA-256 of each one is recorded when it lands, and a unit test
// (test/unit/migration-checksums.test.ts, so CI) fails when a recorded file changes or a migration
// file has none. Each migration's checksum is a file of its own,
// migrations/checksums/<migration>.sha256, so recording a new one adds a file and changes none;
// migrations/checksums.json keeps those recorded before, frozen like the migrations themselves.
// To add a migration: write migrations/<date>-<n>-<name>.ts, list it in migrations/index.ts, then
// run `npx tsx scripts/migration-checksums.ts --add`. To change the schema, add a migration.

const DIR = new URL('../migrations/', import.meta.url);
const LIST = new URL('checksums.json', DIR);
const RECORDS = new URL('checksums/', DIR);
const RECORD = /^(.+\.ts)\.sha256$/;

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
  const recorded = { ...checksums };
  for (const name of existsSync(RECORDS) ? readdirSync(RECORDS) : []) {
    const file = RECORD.exec(name)?.[1];
    if (file) recorded[file] = readFileSync(new URL(name, RECORDS), 'utf8').trim();
  }
  return recorded;
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
  mkdirSync(RECORDS, { recursive: true });
  for (const file of added)
    writeFileSync(new URL(`${file}.sha256`, RECORDS), `${checksumOf(file)}\n`);
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
