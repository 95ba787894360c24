import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runSummarize } from '../src/commands/summarize.js';
import { readAnnotationFacts, readOmopFacts } from '../src/commands/summarize-input.js';
import type { Note } from '../src/core/types.js';
import { loadPipeline } from '../src/load-pipeline.js';
import type { MappingContext, ProcessedNote } from '../src/mappers/input.js';
import { OmopSink } from '../src/sinks/omop/omop-sink.js';
import { initSchema } from '../src/sinks/omop/schema.js';
import { openSqlClient, type SqlClient } from '../src/sinks/omop/sql-client.js';
import { readNotes } from '../src/sources/read-notes.js';
import type { NoteFacts } from '../src/summarize/index.js';
import { loadNlpSystem } from '../src/system.js';
import { defaultVocabDir } from '../src/vocab/load.js';
import { loadOmopVocab } from '../src/vocab/load-omop.js';

/**
 * `emrx summarize --omop`: the rows emrx wrote (observation, measurement, note, tied by emrx_row)
 * give the same facts, and the same summary, as the annotations of the same notes.
 */

const vocabDir = defaultVocabDir();
const context: MappingContext = {
  system: loadNlpSystem(vocabDir),
  processedAt: new Date('2026-11-28T12:00:00Z'),
};

let processed: ProcessedNote[];
let dir: string;
let annotationsPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'emrx-summarize-omop-'));
  const pipeline = loadPipeline(vocabDir);
  const notes: Note[] = [];
  for (const path of ['samples/notes/notes.jsonl', 'samples/genetics/en/notes-dev.jsonl'])
    for await (const event of readNotes(path))
      if (event.kind === 'note' && event.note.noteDate) notes.push(event.note);
  processed = notes.map((note) => ({ note, result: pipeline.run(note) }));
  annotationsPath = join(dir, 'annotations.jsonl');
  writeFileSync(
    annotationsPath,
    processed.map((p) => JSON.stringify(p.result.annotation)).join('\n'),
  );
}, 120_000);

async function land(db: SqlClient, schema: string) {
  await initSchema(db, vocabDir, schema, { constraints: false });
  const sink = await OmopSink.open(db, schema, await loadOmopVocab(vocabDir), context);
  await sink.write(processed.slice(0, 10));
  await sink.write(processed.slice(10));
  await sink.close();
}

/** Facts without the person key (OMOP persons are integers, the notes' are strings). */
function comparable(facts: readonly NoteFacts[]) {
  return facts
    .map(({ person: _person, findings, ...rest }) => ({
      ...rest,
      findings: [...findings].sort((a, b) =>
        `${a.gene} ${a.variant} ${a.status}`.localeCompare(`${b.gene} ${b.variant} ${b.status}`),
      ),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

const backends: [string, () => Promise<SqlClient>][] = [
  ['PGlite (embedded)', () => openSqlClient('embedded:memory://')],
  ['PostgreSQL server', () => openSqlClient(inject('postgresUrl'))],
];

describe.each(backends)('OMOP facts on %s', (_name, open) => {
  let db: SqlClient;
  beforeAll(async () => {
    db = await open();
  }, 120_000);
  afterAll(() => db?.close());

  it('reads the same facts from the OMOP rows as from annotations.jsonl', async () => {
    const schema = `s_${randomBytes(4).toString('hex')}`;
    await land(db, schema);
    const fromOmop = await readOmopFacts(db, schema);
    expect(fromOmop).toHaveLength(processed.length);
    expect(fromOmop.some((f) => f.findings.length > 0)).toBe(true);
    expect(fromOmop.some((f) => f.status !== 'unknown')).toBe(true);
    expect(fromOmop.every((f) => f.person !== null && f.year !== null)).toBe(true);
    const years = new Map(
      processed.map((p) => [p.note.noteId, Number(p.note.noteDate!.slice(0, 4))]),
    );
    const fromFile = (await readAnnotationFacts(annotationsPath)).map((f, i) => ({
      ...f,
      year: years.get(processed[i]!.note.noteId) ?? null,
    }));
    expect(comparable(fromOmop)).toEqual(comparable(fromFile));
  }, 120_000);
});

describe('emrx summarize --omop embedded:<dir>', () => {
  it('writes the same tables as --in with --notes, and audits the run', async () => {
    const target = `embedded:${join(dir, 'omop')}`;
    const db = await openSqlClient(target);
    try {
      await land(db, 'cdm');
    } finally {
      await db.close();
    }
    const audit = join(dir, 'audit.jsonl');
    const fromOmop = await runSummarize({
      omop: target,
      minCell: 3,
      output: join(dir, 'omop-summary.json'),
      audit,
    });
    const notesPath = join(dir, 'notes.jsonl');
    writeFileSync(
      notesPath,
      processed
        .map(({ note }) =>
          JSON.stringify({
            note_id: note.noteId,
            person_id: note.personId,
            note_date: note.noteDate,
            note_text: note.text,
          }),
        )
        .join('\n'),
    );
    const fromFile = await runSummarize({
      input: annotationsPath,
      notes: notesPath,
      minCell: 3,
      output: join(dir, 'file-summary.json'),
      audit,
    });
    expect(fromOmop.summary.source).toBe('omop');
    expect(fromOmop.notes).toBe(processed.length);
    expect(fromOmop.summary.tables).toEqual(fromFile.summary.tables);
    expect(fromOmop.summary.tables.genetics.total).toBeGreaterThan(0);
    const entry = JSON.parse(readFileSync(audit, 'utf8').split('\n')[0]!);
    expect(entry.parameters).toMatchObject({ mode: 'omop', omop: target, omop_schema: 'cdm' });
    expect(entry.output.sha256).toBe(fromOmop.sha256);
  }, 120_000);
});
