import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import { PostgresFamilyDialect } from './postgres-dialect-base.js';
import type pg from 'pg';
import type { Logger } from '../logger.js';
import { isDatabaseUnavailable, isReadOnlyStatement } from './faults.js';

// Kysely's PostgresDialect, made to survive a restart of the server. Two things it lacks:
// - a pooled client that is checked out when its connection dies emits 'error', and pg-pool only
//   listens while the client is idle: unheard, that event ends the process. Every client gets a
//   listener of its own as it is made.
// - a connection that broke is handed back to the pool as broken (release(err)), so the pool drops
//   it instead of lending it again; and a read outside a transaction that met a dead connection
//   is run once more on a fresh one, so a restart costs callers nothing it need not.

export class ResilientPostgresDialect extends PostgresFamilyDialect {
  constructor(
    private readonly pool: pg.Pool,
    private readonly logger?: Logger,
  ) {
    super();
    pool.on('connect', (client) => {
      client.on('error', (err) =>
        this.logger?.warn({ code: (err as { code?: string }).code }, 'database connection lost'),
      );
    });
    pool.on('error', (err) =>
      this.logger?.warn({ code: (err as { code?: string }).code }, 'idle database connection lost'),
    );
  }

  createDriver(): Driver {
    return new ResilientPostgresDriver(this.pool);
  }
}

class ResilientPostgresDriver implements Driver {
  constructor(private readonly pool: pg.Pool) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PooledConnection(this.pool, await this.pool.connect());
  }
  async beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    let text = 'begin';
    if (settings.isolationLevel) text += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) text += ` ${settings.accessMode}`;
    (connection as PooledConnection).inTransaction = true;
    await connection.executeQuery(CompiledQuery.raw(text));
  }
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
    (connection as PooledConnection).inTransaction = false;
  }
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    (connection as PooledConnection).inTransaction = false;
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PooledConnection).release();
  }
  async destroy(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

class PooledConnection implements DatabaseConnection {
  inTransaction = false;
  private broken: Error | undefined;
  private client: pg.PoolClient | undefined;

  constructor(
    private readonly pool: pg.Pool,
    client: pg.PoolClient,
  ) {
    this.client = client;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.run<R>(query);
    } catch (err) {
      if (!isDatabaseUnavailable(err)) throw err;
      this.broken = err as Error;
      if (this.inTransaction || !isReadOnlyStatement(query.sql)) throw err;
      // Once, on a fresh connection: the old one goes back marked broken, so it is destroyed.
      this.release();
      this.client = await this.pool.connect();
      return this.run<R>(query);
    }
  }

  private async run<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.client) throw new Error('Connection terminated: no database connection');
    const { command, rowCount, rows } = await this.client.query(query.sql, [...query.parameters]);
    const changed = ['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(command);
    return {
      numAffectedRows: changed ? BigInt(rowCount ?? 0) : undefined,
      rows: (rows ?? []) as R[],
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on this connection');
  }

  release(): void {
    this.client?.release(this.broken);
    this.client = undefined;
    this.broken = undefined;
  }
}
