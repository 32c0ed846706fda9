import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as esbuild from 'esbuild';
import type { TestProject } from 'vitest/node';
import {
  databaseExists,
  dropDatabases,
  embeddedTemplatePaths,
  serverTemplateNames,
  type ProvidedTemplates,
  type TemplateName,
} from './templates.js';
import { scratchDir } from './scratch.js';

// The fixtures of a run: each integration project's database templates (templates.ts) and the e2e
// demo index. Vitest runs the projects' global setups one after another, so the first of them
// starts the fixtures of every project that has test files in this run, each in a process of its
// own: they build side by side on both cores. No setup waits for its templates: the test files
// start at once, those that need no template (unit, the e2e files without the demo index) beside
// the builds, and each other file waits for the one template it opens (templateReady), which
// appears as soon as it is built (blank and migrated within seconds, seeded last). The e2e setup
// waits for the compiled CLI and the widget only: see demoIndex.
//
// With SHORTLIST_TEST_CACHE set to a folder (CI sets it), fixtures are kept there, and the server's
// templates on the server, under a hash of every file that makes them: src/, migrations/,
// fixtures/, the lockfile and these helpers. A later run on the same sources (CI's Node 22 run)
// reuses them; a change to any of those files gives a new hash and a new build, never a stale one.

export interface DemoFixture {
  /** The seeded data directory; tests copy it, never open it. */
  dataDir: string;
  /** A folder of this run for the copies, removed at its end; `ready` or `failed` appears in it
   * when seeding ends. */
  copiesDir: string;
  /** The CLI the tests run as a process: src/cli.ts compiled to JavaScript for this run. */
  cli: string;
}

interface Fixtures {
  'integration:embedded': ProvidedTemplates;
  'integration:server': ProvidedTemplates;
  e2e: DemoFixture;
}
type FixtureName = keyof Fixtures;
interface Started<T> {
  /** What the project's setup provides to its files. */
  ready: Promise<T>;
  /** The whole build done (for templates, later than `ready`). */
  built: Promise<void>;
  remove: () => Promise<void>;
}

const registry = globalThis as { shortlistFixtures?: Map<FixtureName, Started<unknown>> };

/** This project's fixture, started with the others of this run on first call; and its removal. */
export async function projectFixture<N extends FixtureName>(
  project: TestProject,
  name: N,
): Promise<{ value: Fixtures[N]; remove: () => Promise<void> }> {
  const started = (registry.shortlistFixtures ??= startRunFixtures(project));
  const own = (started.get(name) ?? startFixture(project.config.root, name, started)) as Started<
    Fixtures[N]
  >;
  try {
    return { value: await own.ready, remove: own.remove };
  } catch (err) {
    // The run stops here: leave nothing of the others behind.
    await Promise.allSettled([...started.values()].map((f) => f.ready.then(f.remove)));
    throw err;
  }
}

/** Another project's fixture when this run started it (that project has files in the run). */
export function runFixture<N extends FixtureName>(name: N): Promise<Fixtures[N]> | undefined {
  return registry.shortlistFixtures?.get(name)?.ready as Promise<Fixtures[N]> | undefined;
}

function startRunFixtures(project: TestProject): Map<FixtureName, Started<unknown>> {
  const paths = project.vitest.state.getPaths();
  const names = project.vitest.projects
    .filter((p) => paths.some((path) => p.matchesTestGlob(path)))
    .map((p) => p.name)
    .filter((name): name is FixtureName =>
      ['integration:embedded', 'integration:server', 'e2e'].includes(name),
    );
  const started = new Map<FixtureName, Started<unknown>>();
  // The PGlite templates first: the demo index is made from them.
  for (const name of names.sort((a) => (a === 'integration:embedded' ? -1 : 0)))
    startFixture(project.config.root, name, started);
  return started;
}

/** Starts the fixture into `started`, with what it is made from (the demo index: the PGlite
 * templates, which it starts too when this run has no embedded files and removes with itself). */
function startFixture(
  root: string,
  name: FixtureName,
  started: Map<FixtureName, Started<unknown>>,
): Started<unknown> {
  const cache = process.env.SHORTLIST_TEST_CACHE;
  const hash = cache ? sourceHash(root) : undefined;
  let fixture: Started<unknown>;
  if (name === 'integration:embedded') fixture = embeddedTemplates(root, cache, hash);
  else if (name === 'integration:server') fixture = serverTemplates(root, hash);
  else {
    const own = !started.has('integration:embedded');
    const templates = (started.get('integration:embedded') ??
      startFixture(root, 'integration:embedded', started)) as Started<ProvidedTemplates>;
    fixture = demoIndex(root, cache, hash, templates, own);
  }
  // Its own setup awaits it; until then a failure must not count as unhandled.
  fixture.ready.catch(() => {});
  started.set(name, fixture);
  return fixture;
}

function embeddedTemplates(
  root: string,
  cache: string | undefined,
  hash: string | undefined,
): Started<ProvidedTemplates> {
  const dir = cache
    ? join(cache, `templates-embedded-${hash}`)
    : mkdtempSync(join(scratchDir(), 'shortlist-templates-'));
  const names = embeddedTemplatePaths(dir);
  // Each dump appears whole (by rename) and seeded is the last: a cached build is whole with it.
  return templateBuild(
    names,
    async (ready) => {
      if (existsSync(names.seeded)) return ready('all');
      mkdirSync(dir, { recursive: true });
      await runNode(root, ['test/helpers/build-templates.ts', 'embedded', dir], { onLine: ready });
    },
    async () => {
      if (!cache) rmSync(dir, { recursive: true, force: true });
    },
  );
}

function serverTemplates(root: string, hash: string | undefined): Started<ProvidedTemplates> {
  const admin = process.env.TEST_DATABASE_URL;
  const prefix = hash
    ? `shortlist_fixture_${hash.slice(0, 16)}`
    : `shortlist_template_${randomBytes(4).toString('hex')}`;
  const names = serverTemplateNames(prefix);
  return templateBuild(
    names,
    async (ready) => {
      if (!admin) throw new Error('integration:server needs TEST_DATABASE_URL');
      if (hash && (await databaseExists(admin, names.seeded))) return ready('all');
      await runNode(root, ['test/helpers/build-templates.ts', 'server', admin, prefix], {
        onLine: ready,
      });
    },
    async () => {
      if (!hash && admin) await dropDatabases(admin, names);
    },
  );
}

/** Templates built by `build`, which passes on the builder's `ready NAME` lines (or 'all'): each
 * marks its template in the `ready` folder that files wait on (templateReady), and a failed build
 * leaves `failed` there with its message. */
function templateBuild(
  names: ProvidedTemplates['names'],
  build: (ready: (line: string) => void) => Promise<void>,
  removeBuilt: () => Promise<void>,
): Started<ProvidedTemplates> {
  const ready = mkdtempSync(join(scratchDir(), 'shortlist-ready-'));
  const mark = (line: string) => {
    const all: TemplateName[] = ['blank', 'migrated', 'seeded'];
    const done = line === 'all' ? all : all.filter((name) => line === `ready ${name}`);
    for (const name of done) writeFileSync(join(ready, name), '');
  };
  const built = build(mark);
  built.catch((err: Error) => writeFileSync(join(ready, 'failed'), err.message));
  return {
    ready: Promise.resolve({ names, ready }),
    built,
    remove: async () => {
      await built.catch(() => {});
      rmSync(ready, { recursive: true, force: true });
      await removeBuilt();
    },
  };
}

// The demo index the e2e processes serve: the seeded PGlite template (SEEDED_INDEX, its models
// trained, as `seed` leaves an index) as a data directory, which each file copies. The template's
// dump is that directory as a tar archive, taken right after a checkpoint (templates.ts), so
// unpacking it gives a directory that `shortlist serve` opens with no WAL to replay.
// Seeding a demo index of its own (5,000 profiles, as `npm start` does) cost 35 s of CPU a run,
// for processes whose tests never count profiles; `seed` itself is tested in the integration
// files. The widget is built as `npm run build` does (the browser tests load it, the servers serve
// it). The e2e setup waits for the widget only; the files that copy the index wait for `ready` in
// the run's folder (server-process.ts; sequencer.ts starts them before the integration files).
const WIDGET = 'dist/widget/shortlist.html';

function demoIndex(
  root: string,
  cache: string | undefined,
  hash: string | undefined,
  templates: Started<ProvidedTemplates>,
  ownTemplates: boolean,
): Started<DemoFixture> {
  const run = mkdtempSync(join(scratchDir(), 'shortlist-e2e-'));
  const dir = cache ? join(cache, `demo-${hash}`) : join(run, 'demo');
  const write = async (into: string) => {
    await templates.built;
    const { seeded } = (await templates.ready).names;
    mkdirSync(join(into, 'pglite'));
    await untar(seeded, join(into, 'pglite'));
  };
  const seeded = cached(dir, write).then(
    () => writeFileSync(join(run, 'ready'), ''),
    (err: Error) => writeFileSync(join(run, 'failed'), err.message),
  );
  const widget =
    // In CI, `npm ci` has just built it (prepare), and the package checks running beside the
    // tests pack it: building it again would replace the file under them. Elsewhere it is built
    // again only when a file it is made from (widget/, or src/, which it imports) is newer: after
    // `npm ci` or `npm run build` it is not, and the tests start a few seconds sooner.
    (process.env.CI === 'true' && existsSync(join(root, WIDGET))) || widgetIsFresh(root)
      ? Promise.resolve()
      : // vitest sets NODE_ENV=test, which would give React's development build.
        runNode(
          root,
          ['node_modules/vite/bin/vite.js', 'build', '--config', 'widget/vite.config.ts'],
          { env: { NODE_ENV: 'production' }, tsx: false },
        );
  const compiled = compileSources(root);
  return {
    ready: Promise.all([widget, compiled]).then(([, out]) => ({
      dataDir: join(dir, 'pglite'),
      copiesDir: run,
      cli: join(out, 'src', 'cli.js'),
    })),
    built: seeded,
    remove: async () => {
      await seeded;
      rmSync(run, { recursive: true, force: true });
      if (ownTemplates) await templates.remove();
      await compiled.then(
        (out) => rmSync(out, { recursive: true, force: true }),
        () => {},
      );
    },
  };
}

function widgetIsFresh(root: string): boolean {
  const built = join(root, WIDGET);
  if (!existsSync(built)) return false;
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(join(root, dir), { withFileTypes: true }).map((entry) => {
        const path = `${dir}/${entry.name}`;
        return entry.isDirectory() ? newest(path) : statSync(join(root, path)).mtimeMs;
      }),
    );
  return statSync(built).mtimeMs >= Math.max(newest('widget'), newest('src'));
}

// The e2e files start a dozen server and CLI processes. Under tsx each spent about a second of CPU
// more than compiled JavaScript does, resolving every module through its loader. So the run
// compiles src/ and migrations/ once, file by file with esbuild (what tsx itself transforms them
// with), into a folder inside node_modules: packageRoot() still finds this checkout's package.json
// above it (fixtures/, the built widget), packages resolve as they do from src/, and Node runs
// the files as the ES modules they are. Returns the folder.
async function compileSources(root: string): Promise<string> {
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const out = mkdtempSync(join(root, 'node_modules', '.cache', 'shortlist-e2e-'));
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/**/*.ts', 'migrations/**/*.ts'],
    outbase: '.',
    outdir: out,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return out;
}

/** Builds into a folder beside `dir` and renames it into place, so a `dir` that exists is whole. */
async function cached(dir: string, build: (into: string) => Promise<void>): Promise<void> {
  if (existsSync(dir)) return;
  const building = `${dir}.building-${randomBytes(4).toString('hex')}`;
  mkdirSync(building, { recursive: true });
  try {
    await build(building);
    if (!existsSync(dir)) renameSync(building, dir);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

/** The files that make a fixture: what the server runs, its data, its dependencies, these helpers. */
export function sourceHash(root: string): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else add(path);
    }
  };
  for (const dir of ['src', 'migrations', 'fixtures']) walk(dir);
  for (const file of [
    'package-lock.json',
    'test/helpers/templates.ts',
    'test/helpers/build-templates.ts',
    'test/helpers/fixtures.ts',
  ])
    add(file);
  return hash.digest('hex').slice(0, 24);
}

/** Unpacks a tar archive into `dir` (its entries' leading `/` dropped, as tar does). */
function untar(archive: string, dir: string): Promise<void> {
  return run('tar', ['-xf', archive, '-C', dir]);
}

/** Runs `node --import tsx ARGS` (or plain node) in the project root: see run. */
function runNode(
  root: string,
  args: string[],
  options: { env?: Record<string, string>; tsx?: boolean; onLine?: (line: string) => void } = {},
): Promise<void> {
  const argv = options.tsx === false ? args : ['--import', 'tsx', ...args];
  return run(process.execPath, argv, { ...options, cwd: root });
}

/** Runs a command; rejects on a failure, with the end of what it wrote to stderr. `onLine`
 * receives its output lines (else they are dropped). */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; onLine?: (line: string) => void } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.onLine ? 'pipe' : 'ignore', 'pipe'],
    });
    if (options.onLine) createInterface({ input: child.stdout! }).on('line', options.onLine);
    let stderr = '';
    child.stderr!.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)),
    );
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}
