import { writeId } from './copy-rows.js';
import type { ChunkResult } from './parse-chunk.js';
import type { Segment } from './segment-writer.js';

// Hands out the ids of a bulk load, on the main thread alone and in file order, so ids never
// depend on thread timing. An existing profile keeps its id and is skipped when its source hash is
// unchanged; the last line for an external id wins.

export interface LoadCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export class ProfileIds {
  readonly counts: LoadCounts = { inserted: 0, updated: 0, unchanged: 0 };
  /** External ids written by a segment not yet committed (or not yet sent). */
  private pending = new Set<string>();

  constructor(
    private readonly existing: Map<string, { id: number; hash: string }>,
    private nextId: number,
  ) {}

  get lastId(): number {
    return this.nextId - 1;
  }

  /**
   * Gives each profile of the chunk its id (0: not written) and says which replace an existing
   * one. `settle` is called when a line repeats a profile still on its way: it must send what is
   * pending and wait until everything sent is committed.
   */
  async assign(chunk: ChunkResult, settle: () => Promise<void>) {
    const ids = new Array<number>(chunk.keys.length).fill(0);
    const updated: number[] = [];
    const inChunk = new Map<string, number>();
    for (let i = 0; i < chunk.keys.length; i++) {
      const key = chunk.keys[i];
      const known = this.existing.get(key);
      if (known?.hash === chunk.hashes[i]) {
        this.counts.unchanged++;
        continue;
      }
      const earlier = inChunk.get(key);
      // An earlier line of this chunk is superseded: only this one is written, with its id.
      if (earlier !== undefined) ids[earlier] = 0;
      else if (this.pending.has(key)) {
        await settle();
        this.pending = new Set(inChunk.keys());
      }
      inChunk.set(key, i);
      this.pending.add(key);
      const id = known?.id ?? this.nextId++;
      if (known) {
        this.counts.updated++;
        updated.push(id);
      } else this.counts.inserted++;
      this.existing.set(key, { id, hash: chunk.hashes[i] });
      ids[i] = id;
    }
    return { ids, updated };
  }
}

/** Writes the ids into the chunk's bytes and adds the runs of written profiles to `segment`. */
export function addToSegment(
  segment: Segment,
  chunk: ChunkResult,
  { ids, updated }: { ids: number[]; updated: number[] },
) {
  segment.updatedIds.push(...updated);
  for (const id of ids) if (id > 0) segment.size++;
  chunk.tables.forEach((bytes, t) => {
    const starts = chunk.starts[t];
    let runStart = -1;
    for (let i = 0; i <= ids.length; i++) {
      if (i < ids.length && ids[i] > 0) {
        writeId(bytes, starts[i], starts[i + 1], ids[i]);
        if (runStart < 0) runStart = starts[i];
      } else if (runStart >= 0) {
        if (starts[i] > runStart) segment.pieces[t].push(bytes.subarray(runStart, starts[i]));
        runStart = -1;
      }
    }
  });
}
