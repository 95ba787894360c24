import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlClient, SqlQueryable } from './sql-client.js';

/** Lower-case SQL identifiers only: the schema name is spliced into SQL, so it must be plain. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`schema must be a lower-case SQL identifier: ${schema}`);
  return schema;
}

const DDL_PARTS = ['ddl', 'primary_keys', 'indices', 'constraints'] as const;

function officialDdl(vocabDir: string, part: (typeof DDL_PARTS)[number], schema: string): string {
  const path = join(vocabDir, 'omop', 'ddl', `OMOPCDM_postgresql_5.4_${part}.sql`);
  return readFileSync(path, 'utf8').replaceAll('@cdmDatabaseSchema', schema);
}

/**
 * emrx's own bookkeeping beside the CDM tables (never in them): which integer ids it gave notes and
 * persons that came from files, which rows each note produced (OBSERVATION and MEASUREMENT have no
 * note_id column, and the link note ↔ row must never be lost), and one line per run. The id
 * sequences hand out OMOP ids; {@link syncSequences} keeps them above ids written by others.
 */
function bookkeepingDdl(s: string): string {
  return `
CREATE TABLE IF NOT EXISTS ${s}.emrx_note_map (
  source_note_id text PRIMARY KEY,
  note_id integer NOT NULL UNIQUE,
  person_id integer NOT NULL
);
CREATE TABLE IF NOT EXISTS ${s}.emrx_person_map (
  source_person_id text PRIMARY KEY,
  person_id integer NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS ${s}.emrx_row (
  table_name text NOT NULL,
  row_id integer NOT NULL,
  note_id integer NOT NULL,
  run_id text NOT NULL,
  PRIMARY KEY (table_name, row_id)
);
CREATE INDEX IF NOT EXISTS emrx_row_note_id ON ${s}.emrx_row (note_id);
CREATE TABLE IF NOT EXISTS ${s}.emrx_run (
  run_id text PRIMARY KEY,
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  status text NOT NULL,
  nlp_system text NOT NULL,
  notes integer NOT NULL DEFAULT 0,
  note_rows integer NOT NULL DEFAULT 0,
  note_nlp_rows integer NOT NULL DEFAULT 0,
  observation_rows integer NOT NULL DEFAULT 0,
  measurement_rows integer NOT NULL DEFAULT 0,
  concept_resolution jsonb
);
CREATE SEQUENCE IF NOT EXISTS ${s}.emrx_note_id_seq;
CREATE SEQUENCE IF NOT EXISTS ${s}.emrx_person_id_seq;
CREATE SEQUENCE IF NOT EXISTS ${s}.emrx_note_nlp_id_seq;
CREATE SEQUENCE IF NOT EXISTS ${s}.emrx_observation_id_seq;
CREATE SEQUENCE IF NOT EXISTS ${s}.emrx_measurement_id_seq;
`;
}

/** Each sequence and the id columns it must stay above. */
const SEQUENCES: readonly [string, readonly (readonly [string, string])[]][] = [
  [
    'emrx_note_id_seq',
    [
      ['note', 'note_id'],
      ['emrx_note_map', 'note_id'],
    ],
  ],
  [
    'emrx_person_id_seq',
    [
      ['person', 'person_id'],
      ['emrx_person_map', 'person_id'],
    ],
  ],
  ['emrx_note_nlp_id_seq', [['note_nlp', 'note_nlp_id']]],
  ['emrx_observation_id_seq', [['observation', 'observation_id']]],
  ['emrx_measurement_id_seq', [['measurement', 'measurement_id']]],
];

/**
 * Moves each id sequence past the largest id already in its tables (rows an ETL wrote since the
 * last run), never backwards. Run once when a sink opens.
 */
export async function syncSequences(db: SqlQueryable, schema: string): Promise<void> {
  for (const [sequence, columns] of SEQUENCES) {
    const maxima = columns
      .map(([table, column]) => `(SELECT COALESCE(MAX(${column}), 0) FROM ${schema}.${table})`)
      .join(', ');
    // `is_called` false: the next nextval() returns exactly the value set (1 on a fresh schema).
    await db.query(
      `SELECT setval('${schema}.${sequence}', GREATEST(${maxima}, (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM ${schema}.${sequence})) + 1, false)`,
    );
  }
}

export async function tableExists(
  db: SqlQueryable,
  schema: string,
  table: string,
): Promise<boolean> {
  const { rows } = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2) AS found',
    [schema, table],
  );
  return rows[0]?.found === true;
}

/**
 * The official foreign keys. They are not deferrable and the vocabulary tables reference each
 * other, so a site loads its vocabularies first and adds constraints after (as OHDSI's scripts do).
 */
export async function applyConstraints(
  db: SqlClient,
  vocabDir: string,
  schema: string,
): Promise<void> {
  await db.exec(officialDdl(vocabDir, 'constraints', checkSchemaName(schema)));
}

export interface InitResult {
  /** False when the CDM tables were already there (init is idempotent). */
  readonly createdCdm: boolean;
  readonly constraints: boolean;
}

/**
 * `emrx db init`: the official OMOP CDM 5.4 DDL, primary keys and indices into `schema` (created
 * when missing), foreign-key constraints on request, then emrx's bookkeeping tables. An existing
 * CDM (a site's) is left as it is; only the bookkeeping tables are added.
 */
export async function initSchema(
  db: SqlClient,
  vocabDir: string,
  schema: string,
  options: { readonly constraints: boolean },
): Promise<InitResult> {
  checkSchemaName(schema);
  await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  const createdCdm = !(await tableExists(db, schema, 'note_nlp'));
  if (createdCdm) {
    await db.exec(officialDdl(vocabDir, 'ddl', schema));
    await db.exec(officialDdl(vocabDir, 'primary_keys', schema));
    await db.exec(officialDdl(vocabDir, 'indices', schema));
    if (options.constraints) await applyConstraints(db, vocabDir, schema);
  }
  await db.exec(bookkeepingDdl(schema));
  await syncSequences(db, schema);
  return { createdCdm, constraints: createdCdm && options.constraints };
}
