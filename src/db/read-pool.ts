import { EventEmitter } from 'node:events';
import type pg from 'pg';
import type { Logger } from '../logger.js';

// The pool behind the read-only database handle (DATABASE_READ_URLS): connections come from the
// streaming replicas in turn; a replica that cannot be reached is left alone for a while and the
// read goes to the primary instead, with a notice in the log, so losing a replica slows reads
// down but never fails them. Only reads that may lag the primary by a moment take this path
// (retrieval and scoring); sessions, handoffs and usage always use the primary.

const RETRY_REPLICA_MS = 10_000;

export class ReplicaReadPool extends EventEmitter {
  private next = 0;
  private readonly downUntil: number[];

  constructor(
    private readonly replicas: pg.Pool[],
    private readonly primary: pg.Pool,
    private readonly logger?: Logger,
  ) {
    super();
    this.downUntil = replicas.map(() => 0);
    for (const replica of replicas) {
      replica.on('connect', (client) => this.emit('connect', client));
      replica.on('error', (err) => this.emit('error', err));
    }
  }

  async connect(): Promise<pg.PoolClient> {
    const now = Date.now();
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const i = this.next++ % this.replicas.length;
      if (this.downUntil[i] > now) continue;
      try {
        return await this.replicas[i].connect();
      } catch (err) {
        this.downUntil[i] = now + RETRY_REPLICA_MS;
        this.logger?.warn(
          { replica: i, code: (err as { code?: string }).code },
          'read replica unreachable: reading from the primary',
        );
      }
    }
    return this.primary.connect();
  }

  async end(): Promise<void> {
    await Promise.all(this.replicas.map((r) => r.end()));
  }
}
