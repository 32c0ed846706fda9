import { accessSync, constants, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';

// Where tests put the large files they write and throw away (database templates, the demo index
// and its copies, their own Postgres servers' data): memory (/dev/shm) where the machine has room
// there, else the temporary folder. A 79 MB directory written to the disk cost about 1.3 s of
// system CPU, to memory 0.1 s. The room asked for is what a run holds at once, with a margin; a
// container's default /dev/shm (64 MB) is too small and is passed over.
const MEMORY = '/dev/shm';
const ROOM = 2 * 1024 ** 3;

let chosen: string | undefined;

export function scratchDir(): string {
  chosen ??= hasRoom(MEMORY) ? MEMORY : tmpdir();
  return chosen;
}

function hasRoom(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    const { bavail, bsize } = statfsSync(dir);
    return bavail * bsize >= ROOM;
  } catch {
    return false;
  }
}
