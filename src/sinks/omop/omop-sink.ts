import { randomUUID } from 'node:crypto';
import type { MappingContext, ProcessedNote } from '../../mappers/input.js';
import {
  ConceptResolver,
  checkFixedConcepts,
  codeKey,
  type DatabaseConcept,
  mapCodes,
} from '../../mappers/omop/concepts.js';
import { mapNoteToOmop, type OmopMapping, type OmopVocab } from '../../mappers/omop/map-note.js';
import type {
  MeasurementRow,
  NoteNlpRow,
  NoteRow,
  ObservationRow,
} from '../../mappers/omop/rows.js';
import { describeSystem } from '../../system.js';
import type { OmopCode } from '../../vocab/schemas.js';
import { type Column, insertRows } from './insert.js';
import { checkSchemaName, syncSequences, tableExists } from './schema.js';
import type { SqlClient, SqlQueryable } from './sql-client.js';

const NOTE_COLUMNS: readonly Column<NoteRow>[] = [
  ['note_id', 'integer'],
  ['person_id', 'integer'],
  ['note_date', 'date'],
  ['note_type_concept_id', 'integer'],
  ['note_class_concept_id', 'integer'],
  ['note_title', 'text'],
  ['note_text', 'text'],
  ['encoding_concept_id', 'integer'],
  ['language_concept_id', 'integer'],
  ['note_source_value', 'text'],
];

const NOTE_NLP_COLUMNS: readonly Column<NoteNlpRow>[] = [
  ['note_id', 'integer'],
  ['section_concept_id', 'integer'],
  ['snippet', 'text'],
  ['offset', 'text'],
  ['lexical_variant', 'text'],
  ['note_nlp_concept_id', 'integer'],
  ['note_nlp_source_concept_id', 'integer'],
  ['nlp_system', 'text'],
  ['nlp_date', 'date'],
  ['nlp_datetime', 'timestamptz'],
  ['term_exists', 'text'],
  ['term_temporal', 'text'],
  ['term_modifiers', 'text'],
];

type WithId<Row, Key extends string> = Row & Record<Key, number>;

const OBSERVATION_COLUMNS: readonly Column<WithId<ObservationRow, 'observation_id'>>[] = [
  ['observation_id', 'integer'],
  ['person_id', 'integer'],
  ['observation_concept_id', 'integer'],
  ['observation_date', 'date'],
  ['observation_type_concept_id', 'integer'],
  ['value_as_number', 'numeric'],
  ['value_as_string', 'text'],
  ['value_as_concept_id', 'integer'],
  ['unit_concept_id', 'integer'],
  ['observation_source_value', 'text'],
  ['observation_source_concept_id', 'integer'],
  ['unit_source_value', 'text'],
  ['value_source_value', 'text'],
];

const MEASUREMENT_COLUMNS: readonly Column<WithId<MeasurementRow, 'measurement_id'>>[] = [
  ['measurement_id', 'integer'],
  ['person_id', 'integer'],
  ['measurement_concept_id', 'integer'],
  ['measurement_date', 'date'],
  ['measurement_type_concept_id', 'integer'],
  ['value_as_concept_id', 'integer'],
  ['measurement_source_value', 'text'],
  ['measurement_source_concept_id', 'integer'],
  ['value_source_value', 'text'],
];

/** A person id that is already an OMOP integer is kept; others get an id of emrx's own. */
const INT4_MAX = 2_147_483_647;
function omopInteger(id: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(id)) return null;
  const n = Number(id);
  return n <= INT4_MAX ? n : null;
}

export interface OmopSinkCounts {
  readonly notes: number;
  readonly note: number;
  readonly noteNlp: number;
  readonly observation: number;
  readonly measurement: number;
}

/**
 * Writes processed notes into an OMOP CDM 5.4 schema. One transaction per batch: a batch lands
 * whole or not at all, so a crash between batches loses nothing that a re-run does not restore.
 * Idempotent: a note processed again has its previous emrx rows (and only emrx's) deleted in the
 * same transaction that writes the new ones.
 */
export class OmopSink {
  private counts = { notes: 0, note: 0, noteNlp: 0, observation: 0, measurement: 0 };
  private readonly schema: string;
  private readonly askedCodes = new Set<string>();

  private constructor(
    private readonly db: SqlClient,
    schema: string,
    private readonly mapping: OmopMapping,
    private readonly context: MappingContext,
    readonly runId: string,
  ) {
    this.schema = schema;
  }

  /**
   * Opens a sink on an initialised schema (`emrx db init`, or a site CDM with emrx's bookkeeping
   * tables added). Concepts resolve through the database's own concept table when it has rows,
   * else through the verified reference rows.
   */
  static async open(
    db: SqlClient,
    schema: string,
    vocab: OmopVocab,
    context: MappingContext,
  ): Promise<OmopSink> {
    checkSchemaName(schema);
    for (const table of ['note', 'note_nlp', 'observation', 'measurement', 'emrx_run']) {
      if (!(await tableExists(db, schema, table)))
        throw new Error(
          `${db.description}: schema ${schema} has no ${table} table; run \`emrx db init\` first`,
        );
    }
    const concepts = new ConceptResolver(vocab.reference, await databaseHasConcepts(db, schema));
    checkFixedConcepts(vocab.map, concepts);
    const mapping: OmopMapping = { map: vocab.map, concepts, geneCode: vocab.geneCode };
    await syncSequences(db, schema);
    const sink = new OmopSink(db, schema, mapping, context, randomUUID());
    await sink.learnConcepts(db, mapCodes(mapping.map));
    await db.query(
      `INSERT INTO ${schema}.emrx_run (run_id, started_at, status, nlp_system) VALUES ($1, $2, 'running', $3)`,
      [sink.runId, context.processedAt.toISOString(), describeSystem(context.system)],
    );
    return sink;
  }

  /** Reads the database's own concepts for codes not asked about yet (no-op without a table). */
  private async learnConcepts(db: SqlQueryable, codes: readonly OmopCode[]): Promise<void> {
    const concepts = this.mapping.concepts;
    if (!concepts.databaseHasConcepts) return;
    const fresh = codes.filter((c) => !this.askedCodes.has(codeKey(c.vocabulary, c.code)));
    if (fresh.length === 0) return;
    for (const c of fresh) this.askedCodes.add(codeKey(c.vocabulary, c.code));
    const { rows } = await db.query<{
      vocabulary_id: string;
      concept_code: string;
      concept_id: number;
      standard_concept: string | null;
      maps_to: number | null;
    }>(
      `SELECT c.vocabulary_id, c.concept_code, c.concept_id, c.standard_concept,
              (SELECT r.concept_id_2 FROM ${this.schema}.concept_relationship r
                WHERE r.concept_id_1 = c.concept_id AND r.relationship_id = 'Maps to'
                  AND r.invalid_reason IS NULL AND r.concept_id_2 <> c.concept_id
                ORDER BY r.concept_id_2 LIMIT 1) AS maps_to
         FROM ${this.schema}.concept c
         JOIN unnest($1::text[], $2::text[]) AS wanted(vocabulary_id, concept_code)
           ON c.vocabulary_id = wanted.vocabulary_id AND c.concept_code = wanted.concept_code
        WHERE c.invalid_reason IS NULL`,
      [fresh.map((c) => c.vocabulary), fresh.map((c) => c.code)],
    );
    const learned: DatabaseConcept[] = rows.map((r) => ({
      vocabulary: r.vocabulary_id,
      code: r.concept_code,
      conceptId: Number(r.concept_id),
      standard: r.standard_concept === 'S',
      mapsTo: r.maps_to === null ? null : Number(r.maps_to),
    }));
    concepts.learn(learned);
  }

  /**
   * Writes one batch of notes (from files, or read from the CDM with `origin: 'omop'`) in one
   * transaction. Callers do not overlap writes to one sink (the extract loop is sequential and
   * the queue worker serialises each sink), which the per-batch concept lookup relies on.
   */
  async write(batch: readonly ProcessedNote[]): Promise<void> {
    if (batch.length === 0) return;
    const s = this.schema;
    // Gene concepts are looked up per batch: only the genes these notes name.
    const genes = new Set<string>();
    for (const p of batch) {
      for (const f of p.result.annotation.genetics) genes.add(f.gene);
      for (const m of p.result.mentions)
        if (m.extractor === 'genetics' && m.value.gene) genes.add(m.value.gene);
    }
    const geneCodes: OmopCode[] = [];
    for (const gene of genes) {
      const code = this.mapping.geneCode(gene);
      if (code)
        geneCodes.push({
          vocabulary: this.mapping.map.genetics.gene_vocabulary,
          code,
          verified: true,
        });
    }
    await this.learnConcepts(this.db, geneCodes);

    const written = await this.db.transaction(async (tx) => {
      // Notes read from the CDM keep their own integer ids and their NOTE row (the site's);
      // notes from files get emrx ids and a NOTE row written (and rewritten) by emrx.
      const fromCdm = batch.filter((p) => p.origin === 'omop');
      const fromFiles = batch.filter((p) => p.origin !== 'omop');
      const noteIds = new Map<string, number>();
      const personIds = await this.personIds(tx, fromFiles);
      for (const { note } of fromCdm) {
        const noteId = omopInteger(note.noteId);
        const personId = omopInteger(note.personId);
        if (noteId === null || personId === null)
          throw new Error(`a CDM note needs integer note and person ids (note ${note.noteId})`);
        noteIds.set(note.noteId, noteId);
        personIds.set(note.personId, personId);
      }
      if (fromFiles.length > 0) {
        const { rows: mapped } = await tx.query<{ source_note_id: string; note_id: number }>(
          `INSERT INTO ${s}.emrx_note_map (source_note_id, note_id, person_id)
           SELECT source, nextval('${s}.emrx_note_id_seq'), person FROM unnest($1::text[], $2::integer[]) AS t(source, person)
           ON CONFLICT (source_note_id) DO UPDATE SET person_id = EXCLUDED.person_id
           RETURNING source_note_id, note_id`,
          [
            fromFiles.map((p) => p.note.noteId),
            fromFiles.map((p) => personIds.get(p.note.personId)),
          ],
        );
        for (const r of mapped) noteIds.set(r.source_note_id, Number(r.note_id));
      }
      await this.deletePrevious(
        tx,
        batch.map((p) => noteIds.get(p.note.noteId)!),
        fromFiles.map((p) => noteIds.get(p.note.noteId)!),
      );

      const notes: NoteRow[] = [];
      const noteNlp: NoteNlpRow[] = [];
      const observations: { noteId: number; row: ObservationRow }[] = [];
      const measurements: { noteId: number; row: MeasurementRow }[] = [];
      for (const processed of batch) {
        const noteId = noteIds.get(processed.note.noteId);
        const personId = personIds.get(processed.note.personId);
        if (noteId === undefined || personId === undefined)
          throw new Error(`no OMOP id for note ${processed.note.noteId}`);
        const rows = mapNoteToOmop(
          processed,
          { noteId, personId, writeNote: processed.origin !== 'omop' },
          this.mapping,
          this.context,
        );
        if (rows.note) notes.push(rows.note);
        noteNlp.push(...rows.noteNlp);
        for (const row of rows.observations) observations.push({ noteId, row });
        for (const row of rows.measurements) measurements.push({ noteId, row });
      }

      await insertRows(tx, `${s}.note`, NOTE_COLUMNS, notes);
      await tx.query(
        `INSERT INTO ${s}.note_nlp (note_nlp_id, ${NOTE_NLP_COLUMNS.map(([c]) => `"${c}"`).join(', ')})
         SELECT nextval('${s}.emrx_note_nlp_id_seq'), * FROM unnest(${NOTE_NLP_COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})`,
        NOTE_NLP_COLUMNS.map(([c]) => noteNlp.map((r) => r[c])),
      );
      const observationIds = await this.allocate(
        tx,
        'emrx_observation_id_seq',
        observations.length,
      );
      await insertRows(
        tx,
        `${s}.observation`,
        OBSERVATION_COLUMNS,
        observations.map(({ row }, i) => ({ ...row, observation_id: observationIds[i]! })),
      );
      const measurementIds = await this.allocate(
        tx,
        'emrx_measurement_id_seq',
        measurements.length,
      );
      await insertRows(
        tx,
        `${s}.measurement`,
        MEASUREMENT_COLUMNS,
        measurements.map(({ row }, i) => ({ ...row, measurement_id: measurementIds[i]! })),
      );
      const links = [
        ...observations.map(
          ({ noteId }, i) => ['observation', observationIds[i]!, noteId] as const,
        ),
        ...measurements.map(
          ({ noteId }, i) => ['measurement', measurementIds[i]!, noteId] as const,
        ),
      ];
      if (links.length > 0)
        await tx.query(
          `INSERT INTO ${s}.emrx_row (table_name, row_id, note_id, run_id)
           SELECT t, r, n, $4 FROM unnest($1::text[], $2::integer[], $3::integer[]) AS x(t, r, n)`,
          [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2]), this.runId],
        );
      return {
        note: notes.length,
        noteNlp: noteNlp.length,
        observation: observations.length,
        measurement: measurements.length,
      };
    });
    this.counts = {
      notes: this.counts.notes + batch.length,
      note: this.counts.note + written.note,
      noteNlp: this.counts.noteNlp + written.noteNlp,
      observation: this.counts.observation + written.observation,
      measurement: this.counts.measurement + written.measurement,
    };
  }

  /** Person ids: integers as given; other strings get a stable id of emrx's own. */
  private async personIds(tx: SqlQueryable, batch: readonly ProcessedNote[]) {
    const ids = new Map<string, number>();
    const other: string[] = [];
    for (const { note } of batch) {
      const n = omopInteger(note.personId);
      if (n !== null) ids.set(note.personId, n);
      else if (!other.includes(note.personId)) other.push(note.personId);
    }
    if (other.length > 0) {
      const s = this.schema;
      const { rows } = await tx.query<{ source_person_id: string; person_id: number }>(
        `INSERT INTO ${s}.emrx_person_map (source_person_id, person_id)
         SELECT source, nextval('${s}.emrx_person_id_seq') FROM unnest($1::text[]) AS t(source)
         ON CONFLICT (source_person_id) DO UPDATE SET source_person_id = EXCLUDED.source_person_id
         RETURNING source_person_id, person_id`,
        [other],
      );
      for (const r of rows) ids.set(r.source_person_id, Number(r.person_id));
    }
    return ids;
  }

  /**
   * Removes what emrx wrote for these notes before (only emrx's rows: nlp_system and emrx_row),
   * and the NOTE rows of the notes emrx itself wrote from files (`ownNotes`) — never a CDM note.
   */
  private async deletePrevious(
    tx: SqlQueryable,
    noteIds: readonly number[],
    ownNotes: readonly number[],
  ): Promise<void> {
    const s = this.schema;
    await tx.query(
      `DELETE FROM ${s}.note_nlp WHERE note_id = ANY($1::integer[]) AND nlp_system LIKE 'emrx %'`,
      [noteIds],
    );
    for (const [table, key] of [
      ['observation', 'observation_id'],
      ['measurement', 'measurement_id'],
    ] as const) {
      await tx.query(
        `DELETE FROM ${s}.${table} WHERE ${key} IN (SELECT row_id FROM ${s}.emrx_row WHERE table_name = $1 AND note_id = ANY($2::integer[]))`,
        [table, noteIds],
      );
    }
    await tx.query(`DELETE FROM ${s}.emrx_row WHERE note_id = ANY($1::integer[])`, [noteIds]);
    if (ownNotes.length > 0)
      await tx.query(`DELETE FROM ${s}.note WHERE note_id = ANY($1::integer[])`, [ownNotes]);
  }

  private async allocate(tx: SqlQueryable, sequence: string, count: number): Promise<number[]> {
    if (count === 0) return [];
    const { rows } = await tx.query<{ id: number }>(
      `SELECT nextval('${this.schema}.${sequence}') AS id FROM generate_series(1, $1::integer)`,
      [count],
    );
    return rows.map((r) => Number(r.id));
  }

  /** Records the run's counts and how each concept was resolved, and returns the counts. */
  async close(status: 'done' | 'failed' = 'done'): Promise<OmopSinkCounts> {
    const c = this.counts;
    await this.db.query(
      `UPDATE ${this.schema}.emrx_run SET finished_at = $2, status = $3, notes = $4, note_rows = $5,
         note_nlp_rows = $6, observation_rows = $7, measurement_rows = $8, concept_resolution = $9::jsonb
       WHERE run_id = $1`,
      [
        this.runId,
        new Date().toISOString(),
        status,
        c.notes,
        c.note,
        c.noteNlp,
        c.observation,
        c.measurement,
        JSON.stringify(this.mapping.concepts.report()),
      ],
    );
    return c;
  }
}

/** Whether the target has vocabularies loaded (then its concept table is the authority). */
export async function databaseHasConcepts(db: SqlQueryable, schema: string): Promise<boolean> {
  if (!(await tableExists(db, schema, 'concept'))) return false;
  const { rows } = await db.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${schema}.concept) AS found`,
  );
  return rows[0]?.found === true;
}
