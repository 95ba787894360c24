import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Note } from '../src/core/types.js';
import { loadPipeline } from '../src/load-pipeline.js';
import type { MappingContext, ProcessedNote } from '../src/mappers/input.js';
import type { OmopVocab } from '../src/mappers/omop/map-note.js';
import { OmopSink } from '../src/sinks/omop/omop-sink.js';
import { applyConstraints, initSchema } from '../src/sinks/omop/schema.js';
import { openSqlClient, type SqlClient } from '../src/sinks/omop/sql-client.js';
import { readNotes } from '../src/sources/read-notes.js';
import { loadNlpSystem } from '../src/system.js';
import { defaultVocabDir } from '../src/vocab/load.js';
import { loadOmopVocab } from '../src/vocab/load-omop.js';

/**
 * One suite, two backends: the test harness's PostgreSQL server and the embedded PGlite. Each test
 * gets a fresh schema with the official DDL, primary keys and foreign keys, and a small concept
 * table loaded from the verified reference rows, as a site would have from Athena.
 */

const vocabDir = defaultVocabDir();
/** Test-only concept id for a code with no verified public id: proves the database path. */
const TEST_PACK_YEARS_ID = 2_000_000_001;

async function sampleNotes(): Promise<ProcessedNote[]> {
  const pipeline = loadPipeline(vocabDir);
  const notes: Note[] = [];
  for (const path of ['samples/notes/notes.jsonl', 'samples/genetics/en/notes-dev.jsonl']) {
    for await (const event of readNotes(path, { maxNoteBytes: 1 << 20 }))
      if (event.kind === 'note' && notes.length < 40) notes.push(event.note);
  }
  // The site's persons are OMOP integers; the FK from note/observation to person needs them.
  return notes.map((note, i) => {
    const numbered = { ...note, personId: String(1000 + (i % 7)) };
    return { note: numbered, result: pipeline.run(numbered) };
  });
}

/** Vocabulary rows for the verified reference concepts (plus concept 0), then the foreign keys. */
async function loadSiteVocabulary(db: SqlClient, schema: string, vocab: OmopVocab) {
  const concepts = new Map<number, { name: string; vocabulary: string; code: string }>();
  concepts.set(0, { name: 'No matching concept', vocabulary: 'None', code: 'No matching concept' });
  for (const row of vocab.reference)
    if (row.verified && row.conceptId !== null && row.vocabulary && row.code)
      concepts.set(row.conceptId, {
        name: row.name || row.code,
        vocabulary: row.vocabulary,
        code: row.code,
      });
  concepts.set(TEST_PACK_YEARS_ID, {
    name: 'Cigarette pack-years',
    vocabulary: 'SNOMED',
    code: '401201003',
  });
  for (const id of [32858, 32817, 706391, 32678, 4180186, 4181524])
    concepts.set(id, { name: `fixed ${id}`, vocabulary: 'Type Concept', code: `fixed-${id}` });
  const vocabularies = [...new Set([...concepts.values()].map((c) => c.vocabulary))];
  await db.query(`INSERT INTO ${schema}.domain SELECT 'Test', 'Test', 0`);
  await db.query(`INSERT INTO ${schema}.concept_class SELECT 'Test', 'Test', 0`);
  await db.query(
    `INSERT INTO ${schema}.vocabulary (vocabulary_id, vocabulary_name, vocabulary_concept_id)
     SELECT v, v, 0 FROM unnest($1::text[]) AS t(v)`,
    [vocabularies],
  );
  const entries = [...concepts];
  await db.query(
    `INSERT INTO ${schema}.concept
     SELECT id, name, 'Test', vocabulary, 'Test', 'S', code, DATE '1970-01-01', DATE '2099-12-31', NULL
       FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[]) AS t(id, name, vocabulary, code)`,
    [
      entries.map(([id]) => id),
      entries.map(([, c]) => c.name.slice(0, 255)),
      entries.map(([, c]) => c.vocabulary),
      entries.map(([, c]) => c.code),
    ],
  );
  await db.query(
    `INSERT INTO ${schema}.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
     SELECT p, 0, 1960, 0, 0 FROM generate_series(1000, 1006) AS p`,
  );
  await applyConstraints(db, vocabDir, schema);
}

async function countRows(db: SqlClient, schema: string) {
  const counts: Record<string, number> = {};
  for (const table of [
    'note',
    'note_nlp',
    'observation',
    'measurement',
    'emrx_row',
    'emrx_note_map',
  ]) {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM ${schema}.${table}`,
    );
    counts[table] = Number(rows[0]?.n);
  }
  return counts;
}

const backends: [string, () => Promise<SqlClient>][] = [
  ['PostgreSQL server', () => openSqlClient(inject('postgresUrl'))],
  ['PGlite (embedded)', () => openSqlClient('embedded:memory://')],
];

describe.each(backends)('OMOP sink on %s', (_name, open) => {
  let db: SqlClient;
  let notes: ProcessedNote[];
  let vocab: OmopVocab;
  const context: MappingContext = {
    system: loadNlpSystem(vocabDir),
    processedAt: new Date('2026-11-28T12:00:00Z'),
  };
  const freshSchema = async () => {
    const schema = `t_${randomBytes(4).toString('hex')}`;
    await initSchema(db, vocabDir, schema, { constraints: false });
    await loadSiteVocabulary(db, schema, vocab);
    return schema;
  };

  beforeAll(async () => {
    db = await open();
    notes = await sampleNotes();
    vocab = await loadOmopVocab(vocabDir);
  }, 120_000);
  afterAll(() => db?.close());

  it('applies the official DDL with primary keys and foreign keys, idempotently', async () => {
    const schema = await freshSchema();
    const { rows } = await db.query<{ kind: string; n: number }>(
      `SELECT contype::text AS kind, count(*)::integer AS n FROM pg_constraint c
         JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = $1 GROUP BY contype`,
      [schema],
    );
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
    expect(byKind.p).toBeGreaterThanOrEqual(28); // every CDM table's primary key + emrx tables
    expect(byKind.f).toBeGreaterThan(100);
    const again = await initSchema(db, vocabDir, schema, { constraints: true });
    expect(again.createdCdm).toBe(false);
  }, 60_000);

  it('lands the findings; a re-run replaces them with identical counts and ids', async () => {
    const schema = await freshSchema();
    const first = await OmopSink.open(db, schema, vocab, context);
    await first.write(notes.slice(0, 10));
    await first.write(notes.slice(10));
    const written = await first.close();
    const counts = await countRows(db, schema);
    expect(counts.note).toBe(notes.length);
    expect(counts.note_nlp).toBe(notes.reduce((n, p) => n + p.result.mentions.length, 0));
    expect(counts.observation).toBeGreaterThan(0);
    expect(counts.measurement).toBeGreaterThan(0);
    expect(counts.emrx_row).toBe(counts.observation! + counts.measurement!);
    expect(written.noteNlp).toBe(counts.note_nlp);
    const noteIds = await db.query(
      `SELECT source_note_id, note_id FROM ${schema}.emrx_note_map ORDER BY 1`,
    );

    const second = await OmopSink.open(db, schema, vocab, context);
    await second.write(notes);
    await second.close();
    expect(await countRows(db, schema)).toEqual(counts);
    expect(
      (await db.query(`SELECT source_note_id, note_id FROM ${schema}.emrx_note_map ORDER BY 1`))
        .rows,
    ).toEqual(noteIds.rows);
  }, 60_000);

  it('writes smoking status with the LOINC answer and resolves codes through the database first', async () => {
    const schema = await freshSchema();
    const sink = await OmopSink.open(db, schema, vocab, context);
    await sink.write(notes);
    await sink.close();
    const { rows } = await db.query<{ value_as_concept_id: number; value_as_string: string }>(
      `SELECT value_as_concept_id, value_as_string FROM ${schema}.observation
        WHERE observation_concept_id = 43054909 AND observation_type_concept_id = 32858`,
    );
    const answers = { current: 36309332, former: 45883458, never: 45879404 } as const;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows)
      expect(Number(row.value_as_concept_id)).toBe(
        answers[row.value_as_string as keyof typeof answers],
      );
    // Pack-years has no verified public id: only the database's own concept table gives one.
    const packYears = await db.query<{ id: number }>(
      `SELECT observation_concept_id AS id FROM ${schema}.observation WHERE observation_source_value = 'pack_years'`,
    );
    expect(packYears.rows.length).toBeGreaterThan(0);
    for (const row of packYears.rows) expect(Number(row.id)).toBe(TEST_PACK_YEARS_ID);
    const run = await db.query<{ concept_resolution: Record<string, { path: string }> }>(
      `SELECT concept_resolution FROM ${schema}.emrx_run WHERE status = 'done'`,
    );
    const resolution = run.rows[0]!.concept_resolution;
    expect(resolution['SNOMED|401201003']?.path).toBe('database');
    expect(resolution['LOINC|63640-7']?.path ?? 'unreviewed').toBe('unreviewed');
    // A gene the site's table lacks is 0, never a guessed id.
    const unknownGene = Object.entries(resolution).find(
      ([key, r]) => key.startsWith('OMOP Genomic|') && r.path === 'not-in-database',
    );
    expect(unknownGene).toBeDefined();
    // Every genetic finding of the patient is one measurement, Present or Absent.
    const measurements = await db.query<{
      value_as_concept_id: number;
      value_source_value: string;
    }>(`SELECT value_as_concept_id, value_source_value FROM ${schema}.measurement`);
    const patientFindings = notes.reduce(
      (n, p) => n + p.result.annotation.genetics.filter((g) => g.subject === 'patient').length,
      0,
    );
    expect(measurements.rows.length).toBe(patientFindings);
    for (const row of measurements.rows)
      expect(Number(row.value_as_concept_id)).toBe(
        row.value_source_value === 'present' ? 45879438 : 45884086,
      );
  }, 60_000);

  it("answers the README's one-row-per-patient query", async () => {
    const schema = await freshSchema();
    const sink = await OmopSink.open(db, schema, vocab, context);
    await sink.write(notes);
    await sink.close();
    const query = readFileSync('scripts/sql/smoking-per-patient.sql', 'utf8').replaceAll(
      'cdm.',
      `${schema}.`,
    );
    const { rows } = await db.query<{
      person_id: number;
      smoking_status: string;
      pack_years: string | null;
    }>(query);
    const persons = new Set(
      notes
        .filter((p) => p.result.annotation.smoking.status !== 'unknown')
        .map((p) => Number(p.note.personId)),
    );
    expect(rows.map((r) => Number(r.person_id))).toEqual([...persons].sort((a, b) => a - b));
    for (const row of rows) expect(['current', 'former', 'never']).toContain(row.smoking_status);
    expect(rows.some((r) => r.pack_years !== null)).toBe(true);
  }, 60_000);

  it('a batch that fails loses nothing already written, and a re-run completes it', async () => {
    const schema = await freshSchema();
    const sink = await OmopSink.open(db, schema, vocab, context);
    await sink.write(notes.slice(0, 10));
    // A person the site does not have: the foreign key rejects the whole second batch.
    const orphan = notes
      .slice(10)
      .map((p, i) => (i === 3 ? { ...p, note: { ...p.note, personId: '999999' } } : p));
    await expect(sink.write(orphan)).rejects.toThrow();
    await sink.close('failed');
    const afterCrash = await countRows(db, schema);
    expect(afterCrash.note).toBe(10);
    const firstTen = notes.slice(0, 10).reduce((n, p) => n + p.result.mentions.length, 0);
    expect(afterCrash.note_nlp).toBe(firstTen);

    const rerun = await OmopSink.open(db, schema, vocab, context);
    await rerun.write(notes.slice(0, 10));
    await rerun.write(notes.slice(10));
    await rerun.close();
    const clean = await freshSchema();
    const once = await OmopSink.open(db, clean, vocab, context);
    await once.write(notes);
    await once.close();
    expect(await countRows(db, schema)).toEqual(await countRows(db, clean));
    const runs = await db.query<{ status: string }>(
      `SELECT status FROM ${schema}.emrx_run ORDER BY started_at, status`,
    );
    expect(runs.rows.map((r) => r.status).sort()).toEqual(['done', 'failed']);
  }, 120_000);
});
