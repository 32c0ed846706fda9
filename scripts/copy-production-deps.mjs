// node scripts/copy-production-deps.mjs STAGE: puts package-lock.json's production dependencies
// (no dev, no optional ones) into STAGE/node_modules, at the paths the lockfile gives, copied from
// this checkout's node_modules. That is the tree `npm ci --omit=dev --omit=optional` makes from
// the same lockfile (both reify the lockfile's paths), without unpacking ~150 tarballs again.
// Files are hard links where the file system allows (the stage is read, packed and removed; it
// is never written to), else copies.
// It copies nothing and exits 3 when node_modules does not hold exactly the locked version of
// each of them (an `npm install` since, a linked package): then the caller runs `npm ci`.
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const [stage] = process.argv.slice(2);
if (!stage) {
  process.stderr.write('usage: node scripts/copy-production-deps.mjs STAGE\n');
  process.exit(2);
}
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
// npm omits a devOptional package only when both dev and optional are omitted, as here.
const production = Object.entries(lock.packages).filter(
  ([path, entry]) => path !== '' && !entry.dev && !entry.optional && !entry.devOptional,
);

const stale = [];
for (const [path, entry] of production) {
  const dir = join(root, path);
  const manifest = join(dir, 'package.json');
  if (entry.link || !existsSync(manifest) || lstatSync(dir).isSymbolicLink()) {
    stale.push(`${path} (missing or linked)`);
    continue;
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  if (version !== entry.version) stale.push(`${path} ${version} (locked ${entry.version})`);
}
if (stale.length > 0) {
  process.stderr.write(
    `node_modules differs from package-lock.json: ${stale.slice(0, 3).join(', ')}\n`,
  );
  process.exit(3);
}

// A package's own node_modules holds nested packages, each a lockfile entry of its own (copied in
// its turn when it is a production one): never copied with its parent.
function copyPackage(from, to, nested = join(from, 'node_modules')) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (source === nested) continue;
    if (entry.isDirectory()) copyPackage(source, target, null);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}
for (const [path] of production) copyPackage(join(root, path), join(stage, path));
process.stdout.write(`${production.length} production packages from package-lock.json\n`);
