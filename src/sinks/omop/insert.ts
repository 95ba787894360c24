import type { SqlQueryable } from './sql-client.js';

/** A column of a set-based insert: its name and the PostgreSQL array element type. */
export type Column<Row> = readonly [
  keyof Row & string,
  'integer' | 'text' | 'date' | 'numeric' | 'timestamptz',
];

const quote = (name: string) => `"${name}"`;

/**
 * Inserts many rows in one statement: one array parameter per column, `unnest`ed. Works the same on
 * a PostgreSQL server and on PGlite, and costs one round trip per table per batch.
 */
export async function insertRows<Row>(
  db: SqlQueryable,
  table: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => quote(name)).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const params = columns.map(([name]) => rows.map((row) => row[name] ?? null));
  await db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, params);
}
