import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { EMBEDDED_PREFIX } from './target.js';

export { EMBEDDED_PREFIX };

export interface QueryResult<Row> {
  readonly rows: Row[];
}

/** What the OMOP sink needs from a database: parameterised queries and transactions. */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<Row>>;
}

export interface SqlClient extends SqlQueryable {
  /** Several statements at once, no parameters (the official DDL files). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: all of it lands, or none of it. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `postgres://user@host:port/db` without the password, or `embedded:<dir>`: safe to log. */
  readonly description: string;
}

/** A PostgreSQL server through node-postgres' pool. */
class PgClient implements SqlClient {
  private readonly pool: pg.Pool;
  readonly description: string;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4 });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on('error', () => {});
    const parsed = new URL(url);
    parsed.password = '';
    this.description = parsed.toString();
  }

  async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    const result = await this.pool.query(sql, params);
    return { rows: result.rows as Row[] };
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // The pool drops its 'error' listener from a client it hands out, and pg emits 'error' when
    // the server goes away (restart, fast shutdown, network): unhandled, that killed the worker
    // process mid-transaction (seen in tests/queue-outages.integration.test.ts). The awaited
    // query rejects with the cause anyway (the job is retried); here we only note that the
    // connection is dead, so the pool discards it instead of handing it out again.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(sql: string, params?: unknown[]) => ({
          rows: (await client.query(sql, params)).rows as Row[],
        }),
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken ??= rollbackError;
      });
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** The embedded default: PGlite (PostgreSQL compiled to WebAssembly), data in a folder. */
class PgliteClient implements SqlClient {
  constructor(
    private readonly db: PGlite,
    readonly description: string,
  ) {}

  async query<Row>(sql: string, params?: unknown[]): Promise<QueryResult<Row>> {
    return { rows: (await this.db.query<Row>(sql, params)).rows };
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(sql: string, params?: unknown[]) => ({
          rows: (await tx.query<Row>(sql, params)).rows,
        }),
      }),
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

/** `postgres://…` / `postgresql://…` → a server; `embedded:<dir>` → PGlite in that folder. */
export async function openSqlClient(target: string): Promise<SqlClient> {
  if (target.startsWith(EMBEDDED_PREFIX)) {
    const dir = target.slice(EMBEDDED_PREFIX.length);
    if (!dir) throw new Error('embedded: needs a folder, e.g. embedded:out/omop');
    // PGlite creates the data folder but not its parents.
    if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
    return new PgliteClient(await PGlite.create(dir), target);
  }
  if (/^postgres(ql)?:\/\//.test(target)) return new PgClient(target);
  throw new Error(`not a database: ${target} (use postgres://… or embedded:<dir>)`);
}
